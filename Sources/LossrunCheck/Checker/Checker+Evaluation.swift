import LossrunDiagnostics
import LossrunSpec

extension Checker {
  /// Checks the evaluation target, grid and interval.
  mutating func checkEvaluation() {
    guard let declaration = spec.evaluation else { return }
    var valid = true
    var target: CheckedEvaluation.Target?
    if !declaration.exact.isEmpty, let reference = declaration.reference {
      diagnostics.error(
        .evaluationMismatch,
        "evaluate has both `exact` and `reference`; compare against one of them",
        at: reference.range)
      valid = false
    } else if let reference = declaration.reference {
      let checked = CheckedEvaluation.Reference(
        path: reference.value, resolvedPath: resolvedPath(reference.value),
        range: reference.range)
      valid = checkReferenceFile(checked) && valid
      target = .reference(checked)
    } else if declaration.exact.isEmpty {
      diagnostics.error(
        .evaluationMismatch,
        "evaluate needs `exact: <expression>` or `reference: <file.csv>`", at: declaration.range)
      valid = false
    } else if let solutions = exactSolutions(declaration.exact) {
      target = .exact(solutions)
    } else {
      valid = false
    }
    let grid = checkGrid(declaration, defaultsToFile: declaration.reference != nil, valid: &valid)
    if let every = declaration.every, every.value < 1 {
      diagnostics.error(
        .invalidValue, "evaluate every \(every.value) steps; it must be 1 or more",
        at: every.range)
      valid = false
    }
    guard valid, let target else { return }
    evaluation = CheckedEvaluation(
      range: declaration.range, target: target, grid: grid, every: declaration.every?.value)
  }

  /// Reads the reference file as training will (resolved against the spec's directory) and
  /// reports, at the `reference:` value, why it cannot be used: unreadable, a missing input
  /// column, no output column, or a row that is not numbers (with its line in the file).
  private mutating func checkReferenceFile(_ reference: CheckedEvaluation.Reference) -> Bool {
    do throws(CSVFile.Failure) {
      _ = try CSVFile(path: reference.resolvedPath).table(
        inputs: spec.inputs.map(\.name.value), outputs: scope.outputNames)
      return true
    } catch {
      var notes: [Diagnostic.Note] = []
      if reference.resolvedPath != reference.path {
        notes.append(
          Diagnostic.Note("'\(reference.path)' is resolved from the spec file's directory"))
      }
      diagnostics.error(.referenceFile, error.message, at: reference.range, notes: notes)
      return false
    }
  }

  private mutating func exactSolutions(_ exact: [EvaluationDeclaration.Exact])
    -> [CheckedEvaluation.ExactSolution]?
  {
    var solutions: [CheckedEvaluation.ExactSolution] = []
    var valid = true
    for entry in exact {
      var output = 0
      if let name = entry.output {
        guard let index = scope.outputNames.firstIndex(of: name.value) else {
          diagnostics.error(
            .undefinedName,
            "'\(name.value)' is not a network output"
              + Suggestion.didYouMean(name.value, in: scope.outputNames)
              + " (outputs: \(scope.outputNames.joined(separator: ", ")))",
            at: name.range)
          valid = false
          continue
        }
        output = index
      } else if scope.outputNames.count > 1 {
        diagnostics.error(
          .evaluationMismatch,
          "the network has \(scope.outputNames.count) outputs; give the exact solution per "
            + "output, such as `exact: { \(scope.outputNames[0]): \"...\" }`",
          at: entry.expression.range)
        valid = false
        continue
      }
      let role =
        "the exact solution of '\(scope.outputNames.indices.contains(output) ? scope.outputNames[output] : "u")'"
      let (resolved, facts) = resolveNumber(entry.expression, .inputOnly, role: role)
      record(facts)
      if let resolved {
        solutions.append(
          CheckedEvaluation.ExactSolution(
            output: output, expression: resolved, range: entry.expression.range))
      } else {
        valid = false
      }
    }
    return valid ? solutions : nil
  }

  private mutating func checkGrid(
    _ declaration: EvaluationDeclaration, defaultsToFile: Bool, valid: inout Bool
  ) -> [Int]? {
    guard let grid = declaration.grid else {
      return defaultsToFile ? nil : Array(repeating: 101, count: spec.inputs.count)
    }
    if grid.count != spec.inputs.count {
      let names = spec.inputs.map(\.name.value).joined(separator: ", ")
      diagnostics.error(
        .evaluationMismatch,
        "the evaluation grid has \(grid.count) size\(grid.count == 1 ? "" : "s") but the spec "
          + "has \(spec.inputs.count) input\(spec.inputs.count == 1 ? "" : "s") (\(names)); "
          + "give one size per input",
        at: grid.first.map { $0.range.union(grid[grid.count - 1].range) } ?? declaration.range)
      valid = false
      return nil
    }
    var total = 1.0
    for size in grid {
      if size.value < 2 {
        diagnostics.error(
          .invalidValue, "a grid size of \(size.value); each input needs at least 2 points",
          at: size.range)
        valid = false
      }
      total *= Double(max(1, size.value))
    }
    if total > Double(CheckLimits.maximumGridPoints) {
      diagnostics.error(
        .invalidValue,
        "the evaluation grid has \(Int(min(total, 1e18))) points; at most "
          + "\(CheckLimits.maximumGridPoints) are allowed",
        at: grid[0].range.union(grid[grid.count - 1].range))
      valid = false
    }
    return grid.map(\.value)
  }
}
