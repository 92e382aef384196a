// How long what a reviewer types may be: the boxes stop there, and the IPC boundary refuses longer text.

/** A comment on a finding (and its draft). */
export const maxCommentLength = 10_000;
/** The passage of the original a reviewer's finding quotes (a longer selection is cut there). */
export const maxExcerptLength = 10_000;
/** The message of a finding the reviewer adds. */
export const maxFindingMessageLength = 2000;
