// Accessibility fixes to Material's markup, found by axe-core
// (tests/test_pages_a11y.py). Runs after every page load, instant or not,
// after math.js has typeset the page (scripts subscribe in load order).
document$.subscribe(() => {
  // The search overlay is a dialog; give it a name (aria-dialog-name).
  const search = document.querySelector(".md-search[role=dialog]")
  const input = document.querySelector(".md-search__input")
  if (search && input && !search.hasAttribute("aria-label"))
    search.setAttribute("aria-label", input.getAttribute("aria-label"))
  focusScrollables()
})

// Anything that scrolls sideways (code, display math, wide tables on a
// phone) must be reachable by keyboard (scrollable-region-focusable). Widths
// change once web fonts load and when the window resizes, so look again then.
function focusScrollables() {
  for (const el of document.querySelectorAll(".md-content *")) {
    const overflow = getComputedStyle(el).overflowX
    if ((overflow === "auto" || overflow === "scroll") &&
        el.scrollWidth > el.clientWidth && !el.hasAttribute("tabindex"))
      el.setAttribute("tabindex", "0")
  }
}
window.addEventListener("load", focusScrollables)
window.addEventListener("resize", focusScrollables)
document.fonts.ready.then(focusScrollables)
