// Accessibility fixes to Material's markup, found by axe-core
// (tests/test_pages.py). Runs after every page load, instant or not.
document$.subscribe(() => {
  // The search overlay is a dialog; give it a name (aria-dialog-name).
  const search = document.querySelector(".md-search[role=dialog]")
  const input = document.querySelector(".md-search__input")
  if (search && input && !search.hasAttribute("aria-label"))
    search.setAttribute("aria-label", input.getAttribute("aria-label"))
  whenIdle(focusScrollables)
})

// Anything that scrolls sideways (code, display math, wide tables on a
// phone) must be reachable by keyboard (scrollable-region-focusable). Widths
// change once web fonts load and when the window resizes, so look again then.
// Inside typeset math and code nothing scrolls, so those subtrees (thousands
// of spans on a math-heavy page) are skipped; and all elements are measured
// before any is changed, so the browser lays the page out once, not once per
// tabindex set.
function focusScrollables() {
  const content = document.querySelector(".md-content")
  if (!content) return
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_ELEMENT, {
    acceptNode: el => el.matches(".katex, code *, svg") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  })
  const found = []
  for (let el = walker.nextNode(); el; el = walker.nextNode()) {
    const overflow = getComputedStyle(el).overflowX
    if ((overflow === "auto" || overflow === "scroll") &&
        el.scrollWidth > el.clientWidth && !el.hasAttribute("tabindex"))
      found.push(el)
  }
  for (const el of found) el.setAttribute("tabindex", "0")
}
window.addEventListener("load", () => whenIdle(focusScrollables))
window.addEventListener("resize", () => whenIdle(focusScrollables))
document.fonts.ready.then(() => whenIdle(focusScrollables))

// Measuring right after Material's bundle has changed the page would force a
// second full layout into the same busy moment (Lighthouse's total blocking
// time); once the browser is idle, it has laid the page out already.
function whenIdle(task) {
  if (window.requestIdleCallback) requestIdleCallback(task, {timeout: 500})
  else setTimeout(task, 200)  // Safari has no requestIdleCallback
}
