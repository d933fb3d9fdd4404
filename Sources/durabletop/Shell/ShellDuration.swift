import ArgumentParser
import HubKit

/// A duration on the command line, in any form ``DurationText/parse(_:)`` reads: `90s`, `10m`, `1h30m`, `2d`,
/// or plain seconds (`45`, `2.5`).
struct ShellDuration: ExpressibleByArgument, Hashable {
    /// The length in seconds.
    let seconds: Double

    /// Reads the argument; `nil` for anything ``DurationText/parse(_:)`` refuses (malformed, zero or negative).
    init?(argument: String) {
        guard let seconds = DurationText.parse(argument) else {
            return nil
        }
        self.seconds = seconds
    }

    /// As the host and the argument parser print it.
    var defaultValueDescription: String {
        seconds.truncatingRemainder(dividingBy: 1) == 0 ? "\(Int(seconds))s" : "\(seconds)s"
    }
}
