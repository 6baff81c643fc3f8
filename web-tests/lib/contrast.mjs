// Runs inside the page (page.evaluate): every element that shows text, with the contrast ratio of
// its colour on the background behind it (WCAG 2 relative luminance). Returns those under AA:
// 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
export function contrastProblems() {
  const rgb = (c) => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) { return null; }
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) { return c; }
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const problems = [];
  let checked = 0;
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const style = getComputedStyle(el);
    if (!own || style.display === 'none' || style.visibility === 'hidden' || el.closest('noscript')) { continue; }
    checked++;
    const fg = rgb(style.color);
    const bg = background(el);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      problems.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}": `
        + `${ratio.toFixed(2)}:1 (${style.color} on ${JSON.stringify(bg)})`);
    }
  }
  return checked > 5 ? problems : [`only ${checked} text elements found`];
}
