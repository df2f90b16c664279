/// A table for the report page: a header row and body rows of escaped text cells; cells
/// that hold numbers are right-aligned.
public struct HTMLTable: Sendable {
  /// One cell.
  public struct Cell: Sendable {
    /// The text shown.
    public var text: String
    /// Whether it is a number (right-aligned, tabular digits).
    public var isNumeric: Bool

    /// Creates a cell.
    public init(_ text: String, isNumeric: Bool = false) {
      self.text = text
      self.isNumeric = isNumeric
    }

    /// A numeric cell showing `value` (an en dash when missing).
    public static func number(_ value: Double?) -> Cell {
      Cell(DisplayNumber.format(value), isNumeric: true)
    }
  }

  /// The column headings; empty for a table without a header row.
  public var header: [String]
  /// The body rows.
  public var rows: [[Cell]]
  /// Rows after the body, set apart in the table's footer, such as median and range.
  public var footer: [[Cell]]
  /// A CSS class for the `<table>`.
  public var className: String

  /// Creates a table.
  public init(header: [String], rows: [[Cell]], footer: [[Cell]] = [], className: String = "") {
    self.header = header
    self.rows = rows
    self.footer = footer
    self.className = className
  }

  /// The `<table>` markup.
  public var markup: String {
    var html =
      className.isEmpty ? "<table>" : "<table class=\"\(MarkupEscaping.attribute(className))\">"
    if !header.isEmpty {
      html += "<thead><tr>" + header.map { "<th>" + MarkupEscaping.text($0) + "</th>" }.joined()
      html += "</tr></thead>"
    }
    html += "<tbody>" + rows.map(Self.row).joined() + "</tbody>"
    if !footer.isEmpty { html += "<tfoot>" + footer.map(Self.row).joined() + "</tfoot>" }
    return html + "</table>"
  }

  private static func row(_ cells: [Cell]) -> String {
    "<tr>"
      + cells.map {
        ($0.isNumeric ? "<td class=\"number\">" : "<td>") + MarkupEscaping.text($0.text) + "</td>"
      }.joined() + "</tr>"
  }
}
