/// An orchestration instance's runtime status (§4.1), serialized by the host as the enum name.
///
/// Names are case-sensitive, as on the host. Anything else, including the host's `Unknown` (value -1, never
/// produced in practice), is kept as `.unknown(name)` so a newer host cannot break decoding.
public enum RuntimeStatus: Sendable, Hashable, CustomStringConvertible {
    /// `Running` (0). Entities always show this.
    case running
    /// `Completed` (1), terminal.
    case completed
    /// `ContinuedAsNew` (2); treated as running by the API.
    case continuedAsNew
    /// `Failed` (3), terminal.
    case failed
    /// `Canceled` (4, one `l`), terminal; legacy, effectively never produced.
    case canceled
    /// `Terminated` (5), terminal.
    case terminated
    /// `Pending` (6): scheduled, not yet started.
    case pending
    /// `Suspended` (7), extension v2.8.0+.
    case suspended
    /// Any other name, kept verbatim (for example `Unknown`, or a number the host's enum does not define).
    case unknown(String)

    /// The eight defined statuses in numeric order.
    public static let allKnown: [RuntimeStatus] = [
        .running, .completed, .continuedAsNew, .failed, .canceled, .terminated, .pending, .suspended,
    ]

    /// The "completed status" set the host checks before terminate, suspend, resume and (latest) purge:
    /// Completed, Terminated, Canceled, Failed. Equal to the statuses for which `isTerminal` is true.
    public static let completedStatuses: Set<RuntimeStatus> = [.completed, .terminated, .canceled, .failed]

    /// Creates a status from its exact (case-sensitive) host name; unrecognised names become `.unknown`.
    public init(name: String) {
        switch name {
        case "Running": self = .running
        case "Completed": self = .completed
        case "ContinuedAsNew": self = .continuedAsNew
        case "Failed": self = .failed
        case "Canceled": self = .canceled
        case "Terminated": self = .terminated
        case "Pending": self = .pending
        case "Suspended": self = .suspended
        default: self = .unknown(name)
        }
    }

    /// Creates a status from its numeric value (§4.1); `-1` is `.unknown("Unknown")`, other undefined
    /// numbers are `.unknown` holding the number's text.
    public init(numericValue: Int) {
        if numericValue == -1 {
            self = .unknown("Unknown")
        } else if RuntimeStatus.allKnown.indices.contains(numericValue) {
            self = RuntimeStatus.allKnown[numericValue]
        } else {
            self = .unknown(String(numericValue))
        }
    }

    /// The host's name for the status (`Running`, …), or the kept text for `.unknown`.
    public var name: String {
        switch self {
        case .running: "Running"
        case .completed: "Completed"
        case .continuedAsNew: "ContinuedAsNew"
        case .failed: "Failed"
        case .canceled: "Canceled"
        case .terminated: "Terminated"
        case .pending: "Pending"
        case .suspended: "Suspended"
        case .unknown(let name): name
        }
    }

    /// The numeric value of §4.1 (`Running` 0 … `Suspended` 7, `Unknown` -1), or `nil` for other unknown names.
    /// ``allKnown`` lists the defined statuses in this order.
    public var numericValue: Int? {
        switch self {
        case .running: 0
        case .completed: 1
        case .continuedAsNew: 2
        case .failed: 3
        case .canceled: 4
        case .terminated: 5
        case .pending: 6
        case .suspended: 7
        case .unknown(let name): name == "Unknown" ? -1 : nil
        }
    }

    /// Whether the instance has finished for good: Completed, Failed, Canceled or Terminated.
    public var isTerminal: Bool {
        switch self {
        case .completed, .terminated, .canceled, .failed: true
        case .running, .continuedAsNew, .pending, .suspended, .unknown: false
        }
    }

    /// The host name, as `name`.
    public var description: String {
        name
    }
}
