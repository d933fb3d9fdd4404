import ArgumentParser
import Dashboard
import DurableAPI
import Foundation
import HubKit
import TerminalUI

/// `durabletop open FILE`: the offline viewer of a saved instance, with no host and no key.
struct OpenCommand: ShellCommand {
    static let name = "open"
    static let summary = "Open a saved instance (show --history -o json, or the host's status JSON) in the dashboard."
    static let details = """
        FILE is what `durabletop show ID --history -o json` prints, what the dashboard's y key or \
        :export PATH writes, or the host's own get-status answer with showHistory=true; - reads stdin. \
        The instance opens in the detail view, read-only, with no host and no key: for an incident \
        handover or a look at a history after the instance was purged.
        """

    @OptionGroup
    var screen: ScreenOptions

    @Argument(help: "The saved status JSON (- for stdin).")
    var file: String

    func run() async throws {
        let source: SavedInstanceSource
        do {
            let data =
                file == "-"
                ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
            source = try SavedInstanceSource(jsonText: String(decoding: data, as: UTF8.self))
        } catch {
            ShellReport.problem("open", "\(file): \(error)")
            throw ExitStatus.usage.exitCode
        }
        let environment = ProcessInfo.processInfo.environment
        let choice = try screen.choose(environment: environment)
        let session = try TerminalSession(options: TerminalOptions(colorsAllowed: choice.colorsAllowed))
        let options = DashboardOptions(
            endpointHost: "file " + HostText.sanitized((file as NSString).lastPathComponent, limit: 40),
            readOnly: true,
            refreshInterval: .seconds(3_600),
            asciiOnly: choice.asciiOnly,
            theme: choice.theme,
            openInstanceID: source.status.instanceId,
            clipboard: choice.clipboard
        )
        let waker = session.waker
        let app = DashboardApp(source: source, options: options, actions: nil, onRedraw: { waker.wake() })
        app.start()
        let end: SessionEnd
        do {
            end = try await WatchCommand.runOnDedicatedThread {
                try session.run(app, theme: choice.theme)
            }
        } catch {
            app.stop()
            throw error
        }
        app.stop()
        if let signalNumber = end.signalNumber {
            TerminalSession.terminate(bySignal: signalNumber)
        }
    }
}
