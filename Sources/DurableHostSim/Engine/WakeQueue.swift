import Foundation

/// What the engine has to do at a time on its clock.
enum WakeTarget: Sendable, Equatable {
    /// Process an instance's due work.
    case instance(String)
    /// A scheduled engine action (background traffic, scripted management calls).
    case action(EngineAction)
}

/// Actions the engine schedules for itself: background traffic and the management calls it simulates.
enum EngineAction: Sendable, Equatable {
    /// A new instance (or entity operation) arrives from the simulated app.
    case arrival
    /// An external input for an instance (raise event, terminate, suspend, resume).
    case external(instanceId: String, input: ExternalInput)
    /// An entity operation signalled by the simulated app.
    case signal(entity: String, key: String, operation: String, input: String?)
}

/// A binary min-heap of wake-ups ordered by time, then by insertion order (so equal times stay deterministic).
struct WakeQueue: Sendable {
    private struct Entry: Sendable {
        var due: Date
        var sequence: UInt64
        var target: WakeTarget

        func isBefore(_ other: Entry) -> Bool {
            due < other.due || (due == other.due && sequence < other.sequence)
        }
    }

    private var entries: [Entry] = []
    private var nextSequence: UInt64 = 0

    /// The earliest due time, if any.
    var nextDue: Date? {
        entries.first?.due
    }

    /// Number of queued wake-ups.
    var count: Int {
        entries.count
    }

    /// Queues `target` at `due`.
    mutating func push(_ target: WakeTarget, at due: Date) {
        entries.append(Entry(due: due, sequence: nextSequence, target: target))
        nextSequence += 1
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].isBefore(entries[parent]) else {
                break
            }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the earliest wake-up if it is due at or before `time`.
    mutating func popDue(notAfter time: Date) -> (due: Date, target: WakeTarget)? {
        guard let first = entries.first, first.due <= time else {
            return nil
        }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < entries.count, entries[left].isBefore(entries[smallest]) {
                    smallest = left
                }
                if right < entries.count, entries[right].isBefore(entries[smallest]) {
                    smallest = right
                }
                if smallest == parent {
                    break
                }
                entries.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (first.due, first.target)
    }
}
