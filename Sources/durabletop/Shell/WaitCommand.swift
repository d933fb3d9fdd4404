import ArgumentParser
import DurableAPI

/// `durabletop wait`: follows an instance to its end as the async HTTP pattern prescribes.
struct WaitCommand: ShellCommand {
    static let name = "wait"
    static let summary =
        "Wait for an instance to finish, following 202/Location/Retry-After, and exit with its outcome."
    static let details = """
        TARGET is a statusQueryGetUri, a Location value, a check-status JSON payload, or an instance id with \
        --url or --connection. While the host answers 202, the Location is polled again after its \
        Retry-After (--interval caps the wait); 200, or 500 with a failed instance's status, ends it. On a \
        terminal one live line on stderr shows the status, the time waited and the custom status; piped, \
        nothing is printed until the end. The final status is printed (the status JSON with -o json).
        """

    @OptionGroup
    var hub: HubOptions

    @Argument(help: "A status URL, a Location value, a check-status payload, or an instance id.")
    var target: String

    @OptionGroup
    var follow: FollowOptions

    func validate() throws {
        try hub.validate(allowingLink: true)
    }

    func run() async throws {
        let client: DurableClient
        let instanceID: String
        do {
            (client, instanceID) = try hub.connect(instance: target)
        } catch {
            throw ShellReport.failure("wait", error).exitCode
        }
        let follower = InstanceFollower(command: "wait", client: client, options: follow)
        try await follower.follow(instanceID).end()
    }
}
