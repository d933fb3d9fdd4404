import ArgumentParser
import Dashboard
import DurableAPI
import Foundation
import Synchronization

/// How `wait` and `start --wait` follow an instance: how long at most, the longest pause, the output format.
struct FollowOptions: ParsableArguments {
    @Option(help: "Give up after this long (90s, 10m, 1h); exit code 4.")
    var timeout: ShellDuration?

    @Option(help: "The longest pause between polls, in seconds, whatever Retry-After asks.")
    var interval: Double?

    @Option(name: [.short, .customLong("output")], help: "text or json.")
    var output = TextOrJSON.text

    /// A pause must be longer than nothing.
    func validate() throws {
        if let interval, !(interval > 0) {
            throw ValidationError("--interval must be more than 0 seconds.")
        }
    }
}

/// Follows an instance to its end for `wait` and `start --wait`: one live line on stderr while on a terminal,
/// then the final status on stdout, and the exit code of its outcome.
struct InstanceFollower {
    /// The command name in messages.
    let command: String
    /// The client.
    let client: DurableClient
    /// The timeout, the longest pause and the output format.
    let options: FollowOptions

    /// How often a new instance the host does not list yet is asked for again, a second apart, before its 404
    /// counts (a storage backend may take a moment to show what it was just told to start).
    static let appearAttempts = 5

    /// Follows `instanceID`, prints where it ended, and answers the exit code. `isNew` (just started) tolerates
    /// a few 404s while the host catches up.
    func follow(_ instanceID: String, isNew: Bool = false) async -> ExitStatus {
        let started = ContinuousClock.now
        let deadline = options.timeout.map { started + .milliseconds(Int64($0.seconds * 1_000)) }
        var policy = PollingPolicy()
        if let interval = options.interval {
            policy.maximumDelay = .milliseconds(Int64(interval * 1_000))
            policy.minimumDelay = min(policy.minimumDelay, policy.maximumDelay)
        }
        let live = ShellReport.stderrIsTerminal ? LiveLine() : nil
        let outcome: DurableClient.FollowOutcome
        do {
            outcome = try await poll(instanceID, deadline: deadline, policy: policy, isNew: isNew) { status, requests in
                live?.show(Self.liveText(status, elapsed: ContinuousClock.now - started, requests: requests))
            }
        } catch {
            live?.clear()
            return ShellReport.failure(command, error)
        }
        live?.clear()
        switch outcome {
        case .finished(let status):
            print(status, isRunning: false)
            return ExitStatus(outcome: status.runtimeStatus)
        case .stillRunning(let status):
            print(status, isRunning: true)
            let waited = options.timeout?.defaultValueDescription ?? ""
            ShellReport.problem(command, "\(HostText.sanitized(status.instanceId)) still runs after \(waited)")
            return .timedOut
        }
    }

    /// ``DurableAPI/DurableClient/follow(instanceID:deadline:policy:sleeper:onAnswer:)``, asked again a second
    /// later while a new instance is not listed yet.
    private func poll(
        _ instanceID: String,
        deadline: ContinuousClock.Instant?,
        policy: PollingPolicy,
        isNew: Bool,
        onAnswer: @Sendable (OrchestrationStatus, Int) -> Void
    ) async throws(DurableAPIError) -> DurableClient.FollowOutcome {
        var attempts = 1
        while true {
            do {
                return try await client.follow(
                    instanceID: instanceID,
                    deadline: deadline,
                    policy: policy,
                    onAnswer: onAnswer
                )
            } catch .notFound where isNew && attempts < Self.appearAttempts {
                attempts += 1
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    private func print(_ status: OrchestrationStatus, isRunning: Bool) {
        switch options.output {
        case .json:
            ShellReport.out(ShellReport.jsonLine(status.json))
        case .text:
            InstanceReport.lines(status, isRunning: isRunning).forEach(ShellReport.out)
        }
    }

    /// `Running  1m04s  {"stage":"transform"}  (7 requests)`.
    private static func liveText(_ status: OrchestrationStatus, elapsed: Duration, requests: Int) -> String {
        let seconds = Double(elapsed.components.seconds)
        var text = status.runtimeStatus.name + "  " + TimeFormat.duration(seconds)
        if status.customStatus != .null {
            text += "  " + Redaction.standard.apply(status.customStatus).compactText
        }
        text += "  (\(requests) request\(requests == 1 ? "" : "s"))"
        return HostText.sanitized(text, limit: 70)
    }
}

/// One line on stderr rewritten in place (`\r`, clear to the end of the line).
final class LiveLine: Sendable {
    private let shown = Mutex(false)

    /// Replaces the line's text.
    func show(_ text: String) {
        shown.withLock { $0 = true }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    /// Erases the line, if anything was shown.
    func clear() {
        if shown.withLock({ $0 }) {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
    }
}
