/// Partitions terms into groups that each share one weight: the given shared groups, and every
/// other term on its own.
enum WeightGroups {
  /// The groups of `termCount` terms, leaving out `excluded` (a reference term).
  ///
  /// Throws when a shared group is empty, names a term out of range or the excluded term, or
  /// overlaps another group.
  static func make(
    termCount: Int, shared: [[Int]], excluding excluded: Int? = nil
  ) throws(WeightingError) -> [[Int]] {
    var owner = Array(repeating: -1, count: termCount)
    for (index, group) in shared.enumerated() {
      guard !group.isEmpty else { throw WeightingError("a shared weight group is empty") }
      for term in group {
        guard (0..<termCount).contains(term) else {
          throw WeightingError("shared weight group names term \(term + 1) of \(termCount)")
        }
        guard term != excluded else {
          throw WeightingError("the reference term cannot share a weight with other terms")
        }
        guard owner[term] == -1 else {
          throw WeightingError("term \(term + 1) is in more than one shared weight group")
        }
        owner[term] = index
      }
    }
    var groups: [[Int]] = []
    var emitted = Set<Int>()
    for term in 0..<termCount where term != excluded {
      if owner[term] == -1 {
        groups.append([term])
      } else if emitted.insert(owner[term]).inserted {
        groups.append(shared[owner[term]].sorted())
      }
    }
    return groups
  }
}
