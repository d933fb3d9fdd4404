import ArgumentParser
import DurableAPI
import Foundation

/// A runtime status on the command line, by name in any letter case (`failed`, `Running`).
struct StatusArgument: ExpressibleByArgument, Hashable {
    /// The status.
    let status: RuntimeStatus

    /// Reads a known status name; `nil` for anything else.
    init?(argument: String) {
        guard let status = RuntimeStatus.allKnown.first(where: { $0.name.lowercased() == argument.lowercased() })
        else {
            return nil
        }
        self.status = status
    }

    /// Every accepted name, for help.
    static var allValueStrings: [String] { RuntimeStatus.allKnown.map { $0.name.lowercased() } }
}

/// A point in time on the command line, in the host's ISO 8601 form (`2026-11-30T07:00:00Z`).
struct TimeArgument: ExpressibleByArgument, Hashable {
    /// The time.
    let date: Date

    /// Reads an ISO 8601 time; `nil` for anything else.
    init?(argument: String) {
        guard let date = DurableDate.parse(argument) else {
            return nil
        }
        self.date = date
    }
}

/// A JSON value on the command line (`--data '{"approved": true}'`); anything else is a usage error.
struct JSONArgument: ExpressibleByArgument {
    /// The value.
    let value: JSONValue

    /// Parses JSON text; `nil` when it is not JSON.
    init?(argument: String) {
        guard let value = try? JSONValue(parsing: argument) else {
            return nil
        }
        self.value = value
    }
}
