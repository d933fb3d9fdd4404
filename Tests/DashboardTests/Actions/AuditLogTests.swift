import Dashboard
import DurableAPI
import Foundation
import Testing

@Suite("Audit log")
struct AuditLogTests {
    private let time = Date(timeIntervalSince1970: 1_773_144_000)

    @Test("a run appends one JSON line with time, host, hub, operator, action, targets, reason and result")
    func lineFields() async throws {
        let path = temporaryPath("audit.jsonl")
        let trail = AuditTrail(
            log: AuditLog(path: path),
            endpointHost: "func.example.net",
            taskHub: "OrdersHub",
            operatorName: "ops@box",
            redaction: Redaction(secrets: []),
            clock: { Date(timeIntervalSince1970: 1_773_144_000) }
        )
        let executor = RecordingExecutor(failures: ["b": .gone("instance 'b'")])
        let runner = BulkRunner(executor: executor, permit: testPermit, pacing: .zero, audit: trail)
        _ = await runner.run(ActionPlan(request: .terminate(reason: "stuck"), targets: ["a", "b"]))
        _ = await runner.run(
            ActionPlan(request: .raiseEvent(name: "ApprovalEvent", payload: ["ok": true]), targets: ["a"])
        )

        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let first = try JSONValue(parsing: lines[0])
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
        let second = try JSONValue(parsing: lines[1])
        #expect(second["result"] == "ok")
        #expect(second["parameters"] == ["eventName": "ApprovalEvent", "payload": ["ok": true]])
        #expect(trail.failure == nil)
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
