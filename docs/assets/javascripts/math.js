// Typeset the TeX that pymdownx.arithmatex leaves in the page, with the
// self-hosted KaTeX. document$ is Material's page observable, so this also
// runs after instant navigation.
document$.subscribe(({ body }) => {
  renderMathInElement(body, {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "\\[", right: "\\]", display: true },
      { left: "\\(", right: "\\)", display: false },
      { left: "$", right: "$", display: false },
    ],
    throwOnError: false,
  })
})
