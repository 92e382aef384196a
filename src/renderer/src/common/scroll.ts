// Scrolls one container to show an element. Element.scrollIntoView would also scroll every ancestor,
// including the window's overflow-hidden frame, and shift the whole app.
interface ScrollOptions {
  block?: 'center' | 'nearest';
  behavior?: ScrollBehavior;
  /** Space covered at the top of the container (a sticky header). */
  topInset?: number;
}

export function scrollWithin(container: HTMLElement, element: Element, options: ScrollOptions = {}): void {
  const { block = 'nearest', behavior = 'smooth', topInset = 0 } = options;
  const frame = container.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const top = box.top - frame.top + container.scrollTop;
  const left = box.left - frame.left + container.scrollLeft;
  let nextTop = container.scrollTop;
  if (block === 'center') nextTop = top - (container.clientHeight - box.height) / 2;
  else if (box.top < frame.top + topInset) nextTop = top - topInset - 4;
  else if (box.bottom > frame.top + container.clientHeight) nextTop = top + box.height - container.clientHeight + 4;
  let nextLeft = container.scrollLeft;
  if (box.left < frame.left) nextLeft = left - 8;
  else if (box.right > frame.left + container.clientWidth) nextLeft = left + box.width - container.clientWidth + 8;
  if (nextTop !== container.scrollTop || nextLeft !== container.scrollLeft) container.scrollTo({ top: nextTop, left: nextLeft, behavior });
}
