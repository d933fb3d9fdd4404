import ArgumentParser

/// A duration on the command line: `90s`, `10m`, `1h`, `2d`, or plain seconds (`45`, `2.5`).
struct ShellDuration: ExpressibleByArgument, Hashable {
    /// The length in seconds.
    let seconds: Double

    /// Reads `90s`, `10m`, `1h`, `2d` or plain seconds; `nil` for anything else, zero or negative.
    init?(argument: String) {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        var number = Substring(argument)
        var scale = 1.0
        if let last = argument.last, let unit = units[last] {
            number = number.dropLast()
            scale = unit
        }
        guard let value = Double(number), value.isFinite, value > 0 else {
            return nil
        }
        seconds = value * scale
    }

    /// As the host and the argument parser print it.
    var defaultValueDescription: String {
        seconds.truncatingRemainder(dividingBy: 1) == 0 ? "\(Int(seconds))s" : "\(seconds)s"
    }
}
