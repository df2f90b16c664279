/// The report page's style sheet: system fonts only, charts two to a row on screen, and a
/// print layout that keeps each chart and table on one page.
enum ReportStyle {
  /// The CSS text.
  static let css = """
    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
      color: #1d1d1f; background: #fafafa; margin: 0; }
    main { max-width: 1160px; margin: 0 auto; padding: 20px 16px 40px; }
    h1 { font-size: 22px; margin: 0 0 4px; }
    h2 { font-size: 17px; margin: 28px 0 10px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
    h3 { font-size: 14px; margin: 16px 0 8px; }
    p.subtitle { color: #555; margin: 0 0 12px; }
    .tables { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
    table { border-collapse: collapse; background: #fff; font-size: 13px; }
    th, td { border: 1px solid #d8d8d8; padding: 3px 8px; text-align: left; }
    th { background: #f0f0f0; font-weight: 600; }
    td.number { text-align: right; font-variant-numeric: tabular-nums; }
    tfoot td { background: #f6f6f6; font-weight: 600; }
    .charts { display: flex; flex-wrap: wrap; gap: 12px; }
    figure { margin: 0; background: #fff; border: 1px solid #e0e0e0; }
    figure svg { display: block; }
    ul.notes { color: #8a4b00; font-size: 13px; }
    ul.field-notes { color: #555; font-size: 13px; }
    @media print {
      body { background: #fff; }
      main { max-width: none; padding: 0; }
      figure, table { break-inside: avoid; }
      h2 { break-after: avoid; }
    }
    """
}
