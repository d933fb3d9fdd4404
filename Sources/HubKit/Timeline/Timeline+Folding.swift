import Foundation

extension Timeline {
    /// Calls of the same kind and name scheduled within this long of a fold's first call join that fold
    /// (DfMon's rule).
    public static let foldWindow: TimeInterval = 0.5
    /// The most calls one fold holds (DfMon's cap); the next alike call starts a new fold.
    public static let foldLimit = 100

    /// Folds bars sorted by start: each joins the open fold of its kind and name when it starts within
    /// ``foldWindow`` of the fold's first bar (compared in whole milliseconds), while the fold still runs (a
    /// fan-out: calls in parallel, not one after another), and the fold is not full.
    static func fold(_ sorted: [TimelineBar]) -> [TimelineBar] {
        var folded: [TimelineBar] = []
        var openFold: [FoldKey: Int] = [:]
        let windowMilliseconds = Int((foldWindow * 1_000).rounded())
        for bar in sorted {
            let key = FoldKey(kind: bar.kind, name: bar.name)
            if let index = openFold[key], folded[index].count < foldLimit,
                Int((bar.start.timeIntervalSince(folded[index].start) * 1_000).rounded()) <= windowMilliseconds,
                folded[index].end.map({ bar.start < $0 }) ?? true
            {
                folded[index].absorb(bar)
                continue
            }
            openFold[key] = folded.count
            folded.append(bar)
        }
        return folded
    }

    /// What alike calls share.
    private struct FoldKey: Hashable {
        var kind: TimelineBar.Kind
        var name: String
    }
}

extension TimelineBar {
    /// Adds a later-starting call to this fold: the span grows to its end, a failure or pending member marks the
    /// fold, and the fold points at the latest event.
    mutating func absorb(_ other: TimelineBar) {
        count += 1
        if let ownEnd = end, let otherEnd = other.end {
            end = max(ownEnd, otherEnd)
        } else {
            end = nil
        }
        isFailed = isFailed || other.isFailed
        eventIndex = max(eventIndex, other.eventIndex)
        childInstanceID = childInstanceID ?? other.childInstanceID
    }
}
