import LossrunDiagnostics
import LossrunSpec

/// Samplers whose points are given: listed in the spec or read from a CSV file.
extension Checker {
  /// Checks listed points: one number per input on every row, every point inside the domain;
  /// the points row-major, or nil after an error.
  mutating func checkListed(_ listed: SamplerDeclaration.ListedPoints, sampler name: String)
    -> [Double]?
  {
    let width = spec.inputs.count
    guard !listed.rows.isEmpty, listed.rows.count <= CheckLimits.maximumPoints else {
      diagnostics.error(
        .invalidValue,
        "sampler '\(name)' lists \(listed.rows.count) points; it needs from 1 to "
          + "\(CheckLimits.maximumPoints)", at: listed.range)
      return nil
    }
    var points: [Double] = []
    var valid = true
    for row in listed.rows {
      guard row.value.count == width else {
        diagnostics.error(
          .invalidValue,
          "a point of sampler '\(name)' has \(row.value.count) "
            + "coordinate\(row.value.count == 1 ? "" : "s"); it needs one per input, in order: "
            + spec.inputs.map(\.name.value).joined(separator: ", "), at: row.range)
        valid = false
        continue
      }
      let point = row.value.map(\.value)
      if let outside = outsideAxis(of: point) {
        let range = outside < row.value.count ? row.value[outside].range : row.range
        diagnostics.error(
          .pointOutsideDomain,
          "point \(Self.format(point)) of sampler '\(name)' lies outside "
            + outsideDescription(outside), at: range)
        valid = false
      }
      points += point
    }
    return valid ? points : nil
  }

  /// The first input whose coordinate lies outside its range, `inputs.count` when the point is
  /// in the box but outside the declared domain, or nil when it is inside. Only meaningful when
  /// every input checked (points are not tested otherwise).
  func outsideAxis(of point: [Double]) -> Int? {
    guard inputs.count == spec.inputs.count, point.count == inputs.count else { return nil }
    for (axis, input) in inputs.enumerated()
    where !(input.lower...input.upper).contains(point[axis]) {
      return axis
    }
    if let domain {
      let space = inputs.indices.filter { !inputs[$0].isTime }.map { point[$0] }
      if !domain.shape.contains(space) { return inputs.count }
    }
    return nil
  }

  /// What a point lies outside of, for axis `axis` of ``outsideAxis(of:)``.
  func outsideDescription(_ axis: Int) -> String {
    guard axis < inputs.count else { return "the domain (the shape `domain` declares)" }
    let input = inputs[axis]
    return "the range of \(input.name), [\(SelectionGeometry.format(input.lower)), "
      + "\(SelectionGeometry.format(input.upper))]"
  }

  /// `(0, 0.5)` for messages.
  static func format(_ point: [Double]) -> String {
    "(" + point.map { SelectionGeometry.format($0) }.joined(separator: ", ") + ")"
  }

  /// Reads and checks a file sampler's CSV: the header names every input, every cell is a
  /// finite number, every point lies in the domain, and `batch` is at most the row count.
  /// Problems inside the file are located there (its line and column); the file is kept as a
  /// source for quoting.
  mutating func checkDataFile(_ file: SamplerDeclaration.PointFile, sampler name: String)
    -> CheckedDataFile?
  {
    let path = resolvedPath(file.path.value)
    var notes: [Diagnostic.Note] = []
    if path != file.path.value {
      notes.append(
        Diagnostic.Note("'\(file.path.value)' is resolved from the spec file's directory"))
    }
    if let batch = file.batch, batch.value < 1 {
      diagnostics.error(
        .invalidValue, "sampler '\(name)' draws batches of \(batch.value) rows; use at least 1",
        at: batch.range)
      return nil
    }
    guard inputs.count == spec.inputs.count else { return nil }  // inputs reported already
    let csv: CSVFile
    do throws(CSVFile.Failure) {
      csv = try CSVFile(path: path, role: "data file")
    } catch {
      diagnostics.error(.dataFile, error.message, at: file.path.range, notes: notes)
      return nil
    }
    dataSources.append(csv.source)
    let inFile = [
      Diagnostic.Note("read for sampler '\(name)' (\(spec.path):\(file.path.range.start))")
    ]
    func report(_ id: DiagnosticID, _ message: String, at range: SourceRange?) {
      diagnostics.append(
        contentsOf: [.error(id, message, path: path, at: range, notes: inFile + notes)])
    }
    do throws(CSVFile.Failure) {
      let inputColumns = try csv.inputColumns(inputs.map(\.name))
      let dataColumns = csv.columns.indices.filter { !inputColumns.contains($0) }
      let rows = try csv.numbers(columns: inputColumns + dataColumns)
      guard !rows.isEmpty else {
        throw CSVFile.Failure(message: "the data file '\(path)' has no rows", range: nil)
      }
      for (index, row) in rows.enumerated() {
        guard let axis = outsideAxis(of: Array(row.prefix(inputs.count))) else { continue }
        let column = axis < inputColumns.count ? inputColumns[axis] : inputColumns[0]
        report(
          .pointOutsideDomain,
          "the data file '\(path)', line \(csv.line(ofRow: index)): point "
            + "\(Self.format(Array(row.prefix(inputs.count)))) lies outside "
            + outsideDescription(axis), at: csv.cellRange(row: index, column: column))
        return nil
      }
      if let batch = file.batch, batch.value > rows.count {
        diagnostics.error(
          .invalidValue,
          "sampler '\(name)' draws batches of \(batch.value) rows, but its data file has "
            + "\(rows.count); use at most \(rows.count), or leave `batch` out to use every row",
          at: batch.range, notes: notes)
        return nil
      }
      return CheckedDataFile(
        path: path, rowCount: rows.count, points: rows.flatMap { $0.prefix(inputs.count) },
        dataColumns: dataColumns.map { csv.columns[$0] },
        values: dataColumns.indices.map { slot in rows.map { $0[inputs.count + slot] } },
        batch: file.batch?.value)
    } catch {
      if error.range != nil {
        report(.dataFile, error.message, at: error.range)
      } else {
        diagnostics.error(.dataFile, error.message, at: file.path.range, notes: notes)
      }
      return nil
    }
  }
}
