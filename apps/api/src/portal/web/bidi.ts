/**
 * Text a person typed, isolated from the sentence around it (Unicode FSI … PDI, the plain
 * text form of <bdi>): a French title inside an Arabic sentence or <title> keeps its own
 * order and does not reorder the words around it. For places where an element cannot be
 * used: message arguments, the page title.
 */
export function isolate(text: string): string {
  return text ? `\u2068${text}\u2069` : text;
}
