import ArgumentParser
import DurableAPI

/// `durabletop wait`: follows an instance to its end as the async HTTP pattern prescribes.
struct WaitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wait",
        abstract: "Wait for an instance to finish, following 202/Location/Retry-After, and exit with its outcome.",
        discussion: """
            TARGET is a statusQueryGetUri, a Location value, a check-status JSON payload, or an instance id with \
            --url or --connection. While the host answers 202, the Location is polled again after its \
            Retry-After (--interval caps the wait); 200, or 500 with a failed instance's status, ends it. On a \
            terminal one live line on stderr shows the status, the time waited and the custom status; piped, \
            nothing is printed until the end. The final status is printed (the status JSON with -o json).

            Exit codes:
            \(ExitStatus.helpText)
            """
    )

    @OptionGroup
    var hub: HubOptions

    @Argument(help: "A status URL, a Location value, a check-status payload, or an instance id.")
    var target: String

    @Option(help: "Give up after this long (90s, 10m, 1h); exit code 4.")
    var timeout: ShellDuration?

    @Option(help: "The longest pause between polls, in seconds, whatever Retry-After asks.")
    var interval: Double?

    @Option(name: [.short, .customLong("output")], help: "text or json.")
    var output = TextOrJSON.text

    func validate() throws {
        try hub.validate(allowingLink: true)
        if let interval, !(interval > 0) {
            throw ValidationError("--interval must be more than 0 seconds.")
        }
    }

    func run() async throws {
        let client: DurableClient
        let instanceID: String
        do {
            (client, instanceID) = try hub.connect(instance: target)
        } catch {
            throw ShellReport.failure("wait", error).exitCode
        }
        let follower = InstanceFollower(
            command: "wait",
            client: client,
            timeout: timeout,
            interval: interval,
            output: output
        )
        let exit = await follower.follow(instanceID)
        if exit != .success {
            throw exit.exitCode
        }
    }
}
