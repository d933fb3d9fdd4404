import ArgumentParser
import DurableHostSim

extension SimCommand {
    /// The hubs `--task-hub NAME[=INSTANCES]` adds, in order: INSTANCES instances (default `--instances`) and seed
    /// `--seed` plus the hub's position (1, 2, …), so equal flags give equal hubs. Throws a `ValidationError` for a
    /// name Azure would refuse, a name served twice (in any letter case, the default hub's included) or a bad
    /// INSTANCES.
    func additionalTaskHubs() throws -> [SimulatedHost.TaskHubSpec] {
        try SimCommand.checkTaskHubName(defaultTaskHub, option: "--default-task-hub")
        var served: Set<String> = [defaultTaskHub.lowercased()]
        var hubs: [SimulatedHost.TaskHubSpec] = []
        for (position, argument) in taskHubs.enumerated() {
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            try SimCommand.checkTaskHubName(name, option: "--task-hub")
            guard served.insert(name.lowercased()).inserted else {
                throw ValidationError(
                    "--task-hub '\(name)': that task hub is already served (names match in any letter case)."
                )
            }
            var count = instances
            if parts.count == 2 {
                guard let given = Int(parts[1]), (0...1_000_000).contains(given) else {
                    throw ValidationError("--task-hub \(argument): INSTANCES must be a number from 0 to 1000000.")
                }
                count = given
            }
            hubs.append(.init(name: name, instances: count, seed: seed &+ UInt64(position + 1)))
        }
        return hubs
    }

    /// Refuses a name that is not an Azure task hub name: 3 to 45 ASCII letters and digits, starting with a letter.
    private static func checkTaskHubName(_ name: String, option: String) throws {
        let isLetter: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
        let scalars = name.unicodeScalars
        let valid =
            (3...45).contains(scalars.count) && scalars.first.map(isLetter) == true
            && scalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
        guard valid else {
            throw ValidationError(
                "\(option) '\(name)': a task hub name has 3 to 45 letters and digits (a-z, A-Z, 0-9), starting "
                    + "with a letter."
            )
        }
    }
}
