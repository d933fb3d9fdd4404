import Dashboard
import DurableAPI
import Foundation
import HubKit
import Testing

@Suite("Audit log")
struct AuditLogTests {
    private let time = Date(timeIntervalSince1970: 1_773_144_000)

    private func trail(_ path: String) -> AuditTrail {
        AuditTrail(
            log: AuditLog(path: path),
            endpointHost: "func.example.net",
            taskHub: "OrdersHub",
            operatorName: "ops@box",
            redaction: Redaction(secrets: []),
            clock: { Date(timeIntervalSince1970: 1_773_144_000) }
        )
    }

    private func lines(_ path: String) throws -> [JSONValue] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try JSONValue(parsing: String($0))
        }
    }

    @Test("a run writes its plan, each request before it is sent, each answer, and a finished line with every field")
    func lineFields() async throws {
        let path = temporaryPath("audit.jsonl")
        let trail = trail(path)
        let executor = RecordingExecutor(failures: ["b": .gone("instance 'b'")])
        let runner = BulkRunner(executor: executor, permit: testPermit, maxConcurrent: 1, pacing: .zero, audit: trail)
        _ = await runner.run(ActionPlan(request: .terminate(reason: "stuck"), targets: ["a", "b"]))
        _ = await runner.run(
            ActionPlan(request: .raiseEvent(name: "ApprovalEvent", payload: ["ok": true]), targets: ["a"])
        )

        let all = try lines(path)
        #expect(
            all.map { $0["event"]?.stringValue } == [
                "planned", "sent", "answered", "sent", "answered", "finished",
                "planned", "sent", "answered", "finished",
            ]
        )
        let run = all[0]["run"]
        #expect(all[0..<6].allSatisfy { $0["run"] == run })
        #expect(all[6]["run"] != run)
        #expect(all[0]["targets"] == ["a", "b"])
        #expect(all[0]["reason"] == "stuck")
        #expect(all[0]["outcomes"] == nil)
        #expect(all[1]["target"] == "a")
        #expect(all[2]["result"] == "accepted")
        #expect(all[4]["result"] == "failed: already finished")
        let first = all[5]
        #expect(first["time"]?.stringValue?.hasPrefix("2026-03-10T12:00:00") == true)
        #expect(first["endpoint"] == "func.example.net")
        #expect(first["taskHub"] == "OrdersHub")
        #expect(first["operator"] == "ops@box")
        #expect(first["action"] == "terminate")
        #expect(first["targets"] == ["a", "b"])
        #expect(first["reason"] == "stuck")
        #expect(first["result"] == "terminate: 1 done, 1 failed")
        #expect(
            first["outcomes"] == [
                ["target": "a", "result": "accepted"], ["target": "b", "result": "failed: already finished"],
            ]
        )
        #expect(first["notSent"] == [])
        #expect(first["stoppedBy"] == .null)
        let second = all[9]
        #expect(second["result"] == "ok")
        #expect(second["parameters"] == ["eventName": "ApprovalEvent", "payload": ["ok": true]])
        #expect(trail.failure == nil)
    }

    @Test("each request is in the log before the host sees it")
    func writtenAhead() async throws {
        let path = temporaryPath("audit.jsonl")
        let executor = LogReadingExecutor(path: path)
        let runner = BulkRunner(executor: executor, permit: testPermit, pacing: .zero, audit: trail(path))
        _ = await runner.run(ActionPlan(request: .suspend(reason: "r"), targets: ["a", "b", "c"]))
        #expect(executor.seen == ["a": true, "b": true, "c": true])
    }

    @Test("a stopped run names what was never sent and why; requests in flight still get their answer")
    func stoppedRun() async throws {
        let path = temporaryPath("audit.jsonl")
        let executor = RecordingExecutor(delay: .milliseconds(200))
        let runner = BulkRunner(
            executor: executor,
            permit: testPermit,
            maxConcurrent: 1,
            pacing: .zero,
            audit: trail(path)
        )
        let control = RunControl()
        let task = Task { await runner.run(ActionPlan(request: .purge, targets: ["a", "b", "c"]), control: control) }
        while executor.calls.isEmpty {
            try await Task.sleep(for: .milliseconds(5))
        }
        control.stop(because: "SIGTERM")
        task.cancel()
        let final = await task.value
        #expect(final.rows.map(\.state) == [.done(.purged(1)), .cancelled, .cancelled])
        let finished = try #require(try lines(path).last)
        #expect(finished["event"] == "finished")
        #expect(finished["notSent"] == ["b", "c"])
        #expect(finished["unanswered"] == [])
        #expect(finished["stoppedBy"] == "SIGTERM")
        #expect(finished["result"] == "purge: 1 done, 2 not sent (cancelled)")
    }

    @Test("an aborted run ends requests in flight as unanswered: sent, outcome unknown")
    func abortedRun() async throws {
        let path = temporaryPath("audit.jsonl")
        let executor = RecordingExecutor(delay: .seconds(30))
        let runner = BulkRunner(
            executor: executor,
            permit: testPermit,
            maxConcurrent: 2,
            pacing: .zero,
            audit: trail(path)
        )
        let control = RunControl()
        let task = Task {
            await runner.run(ActionPlan(request: .terminate(reason: ""), targets: ["a", "b", "c"]), control: control)
        }
        while executor.calls.count < 2 {
            try await Task.sleep(for: .milliseconds(5))
        }
        control.stop(because: "SIGHUP")
        task.cancel()
        control.abort()
        let final = await task.value
        #expect(final.rows.map(\.state) == [.unanswered, .unanswered, .cancelled])
        let all = try lines(path)
        #expect(all.filter { $0["event"] == "sent" }.map { $0["target"] } == ["a", "b"])
        let finished = try #require(all.last)
        #expect(finished["unanswered"] == ["a", "b"])
        #expect(finished["notSent"] == ["c"])
        #expect(finished["stoppedBy"] == "SIGHUP")
    }

    @Test("the key never appears in a line, even when the operator typed it into a payload or reason")
    func neverContainsKey() {
        let key = "sEcReT-key/+=="
        let plan = ActionPlan(
            request: .raiseEvent(name: "E", payload: ["token": .string(key), "url": "https://h/api?code=abc123"]),
            targets: ["a"]
        )
        let progress = BulkProgress(plan: plan)
        let record = AuditRecord(time: time, endpointHost: "h", taskHub: nil, operatorName: "o@h", progress: progress)
        let line = record.jsonLine(redaction: Redaction(secrets: [key]))
        #expect(!line.contains(key))
        #expect(!line.contains("abc123"))
        #expect(line.contains("***"))
    }

    @Test("the default path follows XDG_STATE_HOME, then HOME")
    func defaultPath() {
        #expect(
            AuditLog.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/durabletop/audit.jsonl"
        )
        #expect(AuditLog.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/durabletop/audit.jsonl")
        #expect(
            AuditLog.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
                == "/h/.local/state/durabletop/audit.jsonl"
        )
        #expect(AuditLog.defaultPath(environment: [:]) == nil)
    }

    @Test("a log that cannot be written is reported, not fatal")
    func unwritable() async {
        let trail = AuditTrail(
            log: AuditLog(path: "/proc/durabletop-audit/audit.jsonl"),
            endpointHost: "h",
            taskHub: nil,
            operatorName: "o@h",
            redaction: .standard
        )
        let runner = BulkRunner(executor: RecordingExecutor(), permit: testPermit, audit: trail)
        let final = await runner.run(ActionPlan(request: .purge, targets: ["a"]))
        #expect(final.counts.done == 1)
        #expect(trail.failure?.path == "/proc/durabletop-audit/audit.jsonl")
    }

}
