import Testing

@testable import LossrunJSON

@Suite struct JSONValueTests {
  private let sample: JSONValue = .object([
    "name": .string("run"), "steps": .integer(3), "loss": .number(0.25),
    "terms": .array([.string("a"), .string("b")]), "nested": .object(["ok": .boolean(true)]),
    "empty": .array([]), "none": .null,
  ])

  @Test func compactKeepsKeyOrderAndHasNoWhitespace() {
    #expect(
      sample.text()
        == #"{"name":"run","steps":3,"loss":0.25,"terms":["a","b"],"nested":{"ok":true},"#
        + #""empty":[],"none":null}"#)
  }

  @Test func prettyIndentsTwoSpacesPerLevel() {
    let value: JSONValue = .object([
      "a": .array([.integer(1), .object(["b": .null])]), "c": .object([]), "d": .array([]),
    ])
    #expect(
      value.text(style: .pretty) == """
        {
          "a": [
            1,
            {
              "b": null
            }
          ],
          "c": {},
          "d": []
        }
        """)
  }

  @Test func fieldPerLinePutsTopLevelMembersOnLinesAndNestsCompactly() {
    let value: JSONValue = .object([
      "spec": .string("x"), "losses": .object(["pde": .number(1e-05), "bc": .number(100)]),
    ])
    #expect(
      value.text(style: .fieldPerLine) == """
        {
          "spec": "x",
          "losses": {"pde":1e-05,"bc":100.0}
        }
        """)
  }

  @Test func stringsAreEscapedAsRFC8259Requires() {
    let value = JSONValue.string("q\"b\\n\nr\rt\t\u{01}\u{1F}é✓")
    #expect(value.text() == #""q\"b\\n\nr\rt\t\u0001\u001fé✓""#)
  }

  @Test func nonFiniteNumbersFollowThePolicy() {
    let value = JSONValue.array([.number(.nan), .number(.infinity), .number(-.infinity)])
    #expect(value.text() == "[null,null,null]")
    #expect(value.text(nonFinite: .string) == #"["NaN","Infinity","-Infinity"]"#)
    #expect(JSONValue.number(nil as Double?) == .null)
    #expect(JSONValue.number(-0.0).text() == "-0.0")
  }

  @Test func equalityRespectsMemberOrder() {
    let ab: JSONValue = .object(["a": .null, "b": .null])
    let ba: JSONValue = .object(["b": .null, "a": .null])
    #expect(ab != ba)
    #expect(ab == .object([("a", .null), ("b", .null)]))
  }
}
