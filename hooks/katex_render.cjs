// Renders TeX to HTML for hooks/katex_render.py, with the KaTeX that npm
// installed. One process serves a whole build: each stdin line is a JSON
// array of [tex, displayMode] pairs (one page's formulas); the reply is one
// JSON line, an array of {html} or {error} in the same order.
const katex = require("katex")
const readline = require("readline")

const lines = readline.createInterface({ input: process.stdin })
lines.on("line", (line) => {
  const reply = JSON.parse(line).map(([tex, displayMode]) => {
    try {
      return { html: katex.renderToString(tex, { displayMode, throwOnError: true }) }
    } catch (err) {
      return { error: String(err.message || err) }
    }
  })
  process.stdout.write(JSON.stringify(reply) + "\n")
})
