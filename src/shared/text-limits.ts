// How long what a reviewer types may be: the boxes stop there, and the IPC boundary refuses longer text.

/** A comment on a finding (and its draft), an excerpt. */
export const maxCommentLength = 10_000;
/** The message of a finding the reviewer adds. */
export const maxFindingMessageLength = 2000;
