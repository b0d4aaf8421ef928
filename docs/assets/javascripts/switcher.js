// The language switcher keeps the reader's place (overrides/partials/alternate.html).
// Its links lead to the same page in the other language; just before one is
// followed (pointed at, focused, pressed, clicked, or opened in a new tab) it
// gains the query string, which holds the playground's state (?m=slow&n=40),
// and the section being read as #id. Every section heading has the same id
// in both languages (tests/test_bilingual.py), so the anchor works there.
//
// Which section: the anchor in the address while its target is on screen;
// else the last heading scrolled past the header (as Material's table of
// contents counts them); else none, at the top of the page. Where the twin
// page lacks that id (a notebook's headings are named from their text), the
// twin page goes to the heading at the same position.

const SWITCH = "a.md-select__link[data-keep-place]"
const HEADINGS = ".md-content article :is(h1, h2, h3, h4, h5, h6)[id]"
const LANDING = "switcher.landing"  // sessionStorage: where the last switch was going
// Search terms in the language being left mean nothing on the twin page.
const DROPPED = ["q", "h"]

function shown(el) {
  return el.getClientRects().length > 0  // not inside a closed <details>
}

function headerBottom() {
  const header = document.querySelector(".md-header")
  return header ? header.getBoundingClientRect().bottom : 0
}

// The heading of the section at the top of the viewport, or null.
function sectionAtTop() {
  // A heading counts once it is within a quarter of the visible height of the header.
  const line = headerBottom() + 0.25 * (innerHeight - headerBottom())
  let current = null
  for (const heading of document.querySelectorAll(HEADINGS)) {
    if (!shown(heading)) continue
    if (heading.getBoundingClientRect().top > line) break
    current = heading
  }
  // The page's title heading at the top means the top of the page: no anchor.
  return current && current.tagName !== "H1" ? current : null
}

function onScreen(el) {
  const box = el.getBoundingClientRect()
  return shown(el) && box.bottom > headerBottom() && box.top < innerHeight
}

function hashTarget() {
  if (location.hash.length < 2) return null
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)))
  } catch {
    return null  // a malformed escape
  }
}

// The #anchor the twin page should open at ("" for its top).
function place() {
  const target = hashTarget()
  // An anchor that is no element here is kept as it is.
  if (location.hash.length > 1 && (!target || onScreen(target))) return location.hash
  const section = sectionAtTop()
  return section ? "#" + section.id : ""
}

function keepPlace(link) {
  const url = new URL(link.href)
  const query = new URLSearchParams(location.search)
  for (const name of DROPPED) query.delete(name)
  url.search = query.toString()
  url.hash = place()
  if (link.href !== url.href) link.href = url.href
  return url
}

function remember(url) {
  const id = decodeURIComponent(url.hash.slice(1))
  const heading = id && document.getElementById(id)
  const index = heading ? [...document.querySelectorAll(HEADINGS)].indexOf(heading) : -1
  try {
    sessionStorage.setItem(LANDING, JSON.stringify({path: url.pathname, id, index}))
  } catch {
    // Storage may be off (private windows); the anchor alone still works.
  }
}

for (const type of ["pointerover", "pointerdown", "focusin", "contextmenu"])
  document.addEventListener(type, event => {
    const link = event.target instanceof Element && event.target.closest(SWITCH)
    if (link) keepPlace(link)
  }, true)
for (const type of ["click", "auxclick"])
  document.addEventListener(type, event => {
    const link = event.target instanceof Element && event.target.closest(SWITCH)
    if (link) remember(keepPlace(link))
  }, true)

// Arriving from the other language at an anchor this page lacks: go to the
// heading at the same position instead, and name it in the address.
function land() {
  let landing = null
  try {
    landing = JSON.parse(sessionStorage.getItem(LANDING))
    sessionStorage.removeItem(LANDING)
  } catch {
    return
  }
  if (!landing || landing.path !== location.pathname || !landing.id || hashTarget()) return
  if (decodeURIComponent(location.hash.slice(1)) !== landing.id) return
  const heading = document.querySelectorAll(HEADINGS)[landing.index]
  if (!heading) return
  // A same-page navigation: no new history entry, and the heading becomes
  // :target, so Material's scroll margin keeps it clear of the header.
  location.replace("#" + heading.id)
}
land()
