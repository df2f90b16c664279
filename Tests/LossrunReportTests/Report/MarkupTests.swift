import Testing

@testable import LossrunReport

@Suite("Report markup and SVG")
struct MarkupTests {
  @Test("text and attributes are escaped; invalid XML characters are replaced")
  func escaping() {
    #expect(MarkupEscaping.text("a < b && c > \"d\"") == "a &lt; b &amp;&amp; c &gt; \"d\"")
    #expect(
      MarkupEscaping.attribute("x=\"1\" y='2' <&>")
        == "x=&quot;1&quot; y=&apos;2&apos; &lt;&amp;&gt;")
    #expect(MarkupEscaping.attribute("a\nb\tc") == "a&#10;b&#9;c")
    #expect(MarkupEscaping.text("bell\u{07}nul\u{00}") == "bell\u{FFFD}nul\u{FFFD}")
    #expect(MarkupEscaping.text("‖g‖ ∇u") == "‖g‖ ∇u")
  }

  @Test("SVG documents escape what they are given and close what is open")
  func svgDocument() throws {
    var svg = SVGDocument(width: 100, height: 50, attributes: [("data-chart", "a\"b")])
    svg.open("g")
    svg.element("text", [("x", "1")], text: "<loss & weight>")
    let markup = svg.markup
    #expect(
      markup.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\""))
    #expect(markup.contains("data-chart=\"a&quot;b\""))
    #expect(markup.contains("<text x=\"1\">&lt;loss &amp; weight&gt;</text></g></svg>"))
    try XMLCheck.parse(markup)
  }

  @Test("coordinates have at most two decimals and no negative zero")
  func numbers() {
    #expect(SVGDocument.number(1.0) == "1")
    #expect(SVGDocument.number(12.345) == "12.35" || SVGDocument.number(12.345) == "12.34")
    #expect(SVGDocument.number(-0.001) == "0")
    #expect(SVGDocument.number(-0.5) == "-0.5")
    #expect(SVGDocument.number(-3.05) == "-3.05")
    #expect(SVGDocument.number(0.07) == "0.07")
    #expect(SVGDocument.number(.nan) == "0")
  }

  @Test("a line chart draws one path per series, breaks at NaN and marks lone points")
  func lineChartSeries() throws {
    let chart = LineChart(
      title: "Loss", xLabel: "step", yLabel: "loss", yScale: .log10,
      series: [
        ChartSeries(
          label: "residual", identifier: "loss_residual", xs: Array(0..<100).map(Double.init),
          ys: (0..<100).map { $0 == 50 ? .nan : 1 / Double($0 + 1) }, color: "#1f77b4"),
        ChartSeries(
          label: "boundary", identifier: "loss_boundary", xs: [0, 1, 2], ys: [0, 0.5, 0],
          color: "#ff7f0e"),
        ChartSeries(label: "empty", identifier: "loss_empty", xs: [], ys: [], color: "#2ca02c"),
      ], identifier: "losses")
    let markup = chart.markup
    try XMLCheck.parse(markup)
    #expect(XMLCheck.count(of: "data-series=\"loss_residual\"", in: markup) == 1)
    #expect(XMLCheck.count(of: "data-series=\"loss_boundary\"", in: markup) == 1)
    #expect(XMLCheck.count(of: "data-series=\"loss_empty\"", in: markup) == 1)
    let residualPath = try #require(
      XMLCheck.attribute("d", ofElementWith: "data-series=\"loss_residual\"", in: markup))
    #expect(residualPath.filter { $0 == "M" }.count == 2)  // broken at the NaN
    // The boundary series has one positive value between zeros: one marker, no line.
    #expect(XMLCheck.count(of: "<circle", in: markup) == 1)
    #expect(markup.contains("empty (no data)"))
    #expect(markup.contains(">1e-2<") || markup.contains(">0.01<"))
  }

  @Test("thinning keeps the extremes of every pixel column")
  func thinning() {
    let points = (0..<1000).map { (Double($0) / 100, Double($0 % 7)) }
    let thinned = LineChart.thinned(points)
    #expect(thinned.count <= 40)
    #expect(thinned.first! == points.first!)
    #expect(thinned.last! == points.last!)
    #expect(thinned.contains { $0.1 == 6 } && thinned.contains { $0.1 == 0 })
  }
}
