// Accessibility fixes to Material's markup, found by axe-core
// (tests/test_pages.py). Runs after every page load, instant or not.
document$.subscribe(() => {
  // The search overlay is a dialog; give it a name (aria-dialog-name).
  const search = document.querySelector(".md-search[role=dialog]")
  const input = document.querySelector(".md-search__input")
  if (search && input && !search.hasAttribute("aria-label"))
    search.setAttribute("aria-label", input.getAttribute("aria-label"))
  lookForScrollables()
})

// Anything that scrolls sideways (code, display math, wide tables on a
// phone) must be reachable by keyboard (scrollable-region-focusable). Widths
// change once web fonts load and when the window resizes, so look again then.
// Inside typeset math and code nothing scrolls, so the walk skips those
// subtrees (thousands of spans on a math-heavy page) and takes the code
// elements, which do scroll, from one query. An element is measured (a cheap
// read once the page is laid out) before its style is asked for; and all are
// measured before any is changed, so the browser lays the page out once, not
// once per tabindex set.
function focusScrollables() {
  const content = document.querySelector(".md-content")
  if (!content) return
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_ELEMENT, {
    acceptNode: el => el.matches(".katex, code, svg") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  })
  const candidates = [...content.querySelectorAll("code")]
  for (let el = walker.nextNode(); el; el = walker.nextNode()) candidates.push(el)
  const found = candidates.filter(el => {
    if (el.scrollWidth <= el.clientWidth || el.hasAttribute("tabindex")) return false
    const overflow = getComputedStyle(el).overflowX
    return overflow === "auto" || overflow === "scroll"
  })
  for (const el of found) el.setAttribute("tabindex", "0")
}
window.addEventListener("load", lookForScrollables)
window.addEventListener("resize", lookForScrollables)
document.fonts.ready.then(lookForScrollables)

// Measuring right after Material's bundle has changed the page would force a
// second full layout into the same busy moment (Lighthouse's total blocking
// time); once the browser is idle, it has laid the page out already. The page
// being ready, its load event and its fonts arriving come close together: the
// requests made while one look is pending share it.
let lookPending = false
function lookForScrollables() {
  if (lookPending) return
  lookPending = true
  whenIdle(() => {
    lookPending = false
    focusScrollables()
  })
}

function whenIdle(task) {
  if (window.requestIdleCallback) requestIdleCallback(task, {timeout: 500})
  else setTimeout(task, 200)  // Safari has no requestIdleCallback
}
