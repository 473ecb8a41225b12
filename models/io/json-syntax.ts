/** JSON white space. */
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** End of a string starting at `i` (the offset after its closing quote), or `-(offset of the error) - 1`. */
function scanString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -j - 1;
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else return -j - 1;
    }
  }
  return -text.length - 1;
}

/**
 * The offset of the first JSON syntax error in `text`, or -1 when it is valid JSON (RFC 8259).
 * Iterative (an explicit stack), so 100,000 levels of nesting cost no call stack; used to say where
 * a file is broken in the same words in every browser (engines word and place their errors differently).
 */
export function jsonErrorOffset(text: string): number {
  const stack: string[] = [];
  let state: "value" | "key" | "after" = "value";
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text[i];
    if (state === "after") {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? i : -1;
      if (c === ",") {
        i++;
        state = top === "{" ? "key" : "value";
      } else if (c === (top === "{" ? "}" : "]")) {
        stack.pop();
        i++;
      } else return i;
      continue;
    }
    if (state === "key") {
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (text[i] !== ":") return i;
      i++;
      state = "value";
      continue;
    }
    if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (text[i] === (c === "{" ? "}" : "]")) {
        stack.pop();
        i++;
        state = "after";
      } else state = c === "{" ? "key" : "value";
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      state = "after";
      continue;
    }
    for (const re of [NUMBER, LITERAL]) re.lastIndex = i;
    const m = NUMBER.exec(text) ?? LITERAL.exec(text);
    if (!m) return i;
    i += m[0].length;
    state = "after";
  }
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { readonly line: number; readonly column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
