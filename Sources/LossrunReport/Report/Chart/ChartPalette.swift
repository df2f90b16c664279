/// The categorical colours of chart series: the ten colours of Tableau 10 (matplotlib's
/// `tab10`), distinct on screen and in print; series beyond ten reuse them with dashes.
public enum ChartPalette {
  /// The colours in order.
  public static let colors: [String] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf",
  ]

  /// The colour of series number `index`.
  public static func color(_ index: Int) -> String { colors[abs(index) % colors.count] }
}
