import Dashboard
import DurableAPI
import Foundation
import HubKit
import TerminalUI

/// Where a crash of the dashboard leaves its backtrace, and the note its crash line ends with.
enum CrashFile {
    /// Arms the terminal layer's crash report with a file under the state directory
    /// (`$XDG_STATE_HOME/durabletop/crash-20261130T041622Z-4242.txt`); without a state directory, the backtrace
    /// stays on standard error.
    static func arm(environment: [String: String], auditPath: String?) {
        guard let directory = XDGDirectory.state.path(environment: environment) else {
            return
        }
        let stamp = DurableDate.format(Date(), style: .wholeSeconds).filter { $0 != "-" && $0 != ":" }
        let path = "\(directory)/crash-\(stamp)-\(getpid()).txt"
        CrashReport.arm(path: path, directories: parents(of: directory), program: "durabletop")
        CrashReport.setNote(idleNote(auditPath: auditPath))
    }

    /// What the crash line says about the operator's actions at this progress: which requests were answered,
    /// sent without an answer yet, or not sent.
    static func note(for progress: BulkProgress, auditPath: String?) -> String {
        guard !progress.isFinished else {
            return idleNote(auditPath: auditPath)
        }
        var answered = 0
        var sent: [String] = []
        var notSent = 0
        for row in progress.rows {
            switch row.state {
            case .pending: notSent += 1
            case .running: sent.append(row.target ?? "the hub")
            case .done, .failed, .unanswered, .cancelled: answered += 1
            }
        }
        let action = progress.plan.request.action.title
        var text = "In flight: \(action) of \(progress.rows.count): \(answered) answered"
        if !sent.isEmpty {
            text += ", sent with no answer yet (outcome unknown): " + sent.joined(separator: " ")
        }
        text += ", \(notSent) not sent."
        if let auditPath {
            text += " The audit log \(auditPath) has every request."
        }
        return text
    }

    private static func idleNote(auditPath: String?) -> String {
        "No action was in flight." + (auditPath.map { " The audit log is \($0)." } ?? "")
    }

    /// `directory` and the parents a fresh account may lack (`~/.local`, `~/.local/state`), outermost first.
    private static func parents(of directory: String) -> [String] {
        var chain: [String] = []
        var path = directory
        for _ in 0..<3 where path.count > 1 {
            chain.insert(path, at: 0)
            path = (path as NSString).deletingLastPathComponent
        }
        return chain
    }
}
