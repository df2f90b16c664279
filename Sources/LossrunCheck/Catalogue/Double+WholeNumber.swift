extension Double {
  /// The value as an `Int` when it is a whole number small enough to print exactly
  /// (|x| < 10¹⁵), else nil: how the catalogue, its JSON and the checker's messages write
  /// `10` rather than `10.0`.
  var wholeNumber: Int? {
    self == rounded() && abs(self) < 1e15 ? Int(self) : nil
  }
}
