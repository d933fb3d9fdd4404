import DurableAPI
import DurableHostSim
import Foundation
import Testing

/// A time scale shortens simulated durations; every timestamp the host emits stays on the wall clock.
@Suite("Time scale")
struct TimeScaleTests {
    @Test("At time scale 20 createdTime, lastUpdatedTime and history timestamps follow the wall clock")
    func timesFollowWallClock() async throws {
        try await withHost(scaledBy20) { _, client in
            let before = Date()
            let started = try await client.api("POST", "orchestrators/HelloSequence/ts-wall")
            let after = Date()
            #expect(started.status == 202)
            let completed = try await eventually("ts-wall completes") {
                try await client.api("GET", "instances/ts-wall").json?["runtimeStatus"] == "Completed"
            }
            #expect(completed)
            let status = try await client.api("GET", "instances/ts-wall?showHistory=true")
            let checked = Date()
            let created = try #require(date(status.json?["createdTime"]))
            let updated = try #require(date(status.json?["lastUpdatedTime"]))
            #expect(created >= wholeSecond(before) && created <= after)
            #expect(updated >= created && updated <= checked)
            let events = status.json?["historyEvents"]?.arrayValue ?? []
            #expect(events.count == 5)
            for event in events {
                let stamp = try #require(date(event["Timestamp"]))
                #expect(stamp >= before.addingTimeInterval(-0.001) && stamp <= checked)
            }
        }
    }

    @Test("At time scale 20 activities run a twentieth of their simulated time")
    func activitiesShrink() async throws {
        try await withHost(scaledBy20) { _, client in
            _ = try await client.api("POST", "orchestrators/HelloSequence/ts-hello")
            let completed = try await eventually("ts-hello completes") {
                try await client.api("GET", "instances/ts-hello").json?["runtimeStatus"] == "Completed"
            }
            #expect(completed)
            let events = try await history(of: "ts-hello", client)
            let activities = events.filter { $0["EventType"] == "TaskCompleted" }
            #expect(activities.count == 3)
            for activity in activities {
                let scheduled = try #require(date(activity["ScheduledTime"]))
                let finished = try #require(date(activity["Timestamp"]))
                let seconds = finished.timeIntervalSince(scheduled)
                #expect(seconds >= 0.3 / 20 - 0.001 && seconds <= 2.0 / 20 + 0.001)
            }
            let start = try #require(events.first.flatMap { date($0["Timestamp"]) })
            let end = try #require(events.last.flatMap { date($0["Timestamp"]) })
            #expect(end.timeIntervalSince(start) <= 3 * 2.0 / 20 + 0.001)
        }
    }

    @Test("At time scale 20 a timer fires a twentieth of its delay after it was created")
    func timersShrink() async throws {
        try await withHost(scaledBy20) { _, client in
            _ = try await client.api("POST", "orchestrators/ApprovalWorkflow/ts-timer", body: "{\"timeoutSeconds\":60}")
            let events = try await history(of: "ts-timer", client)
            let timer = try #require(events.first { $0["EventType"] == "TimerCreated" })
            let created = try #require(date(timer["Timestamp"]))
            let fireAt = try #require(date(timer["FireAt"]))
            #expect(abs(fireAt.timeIntervalSince(created) - 3) < 0.001)
        }
    }

    @Test("At time scale 20 FlakyPipeline fails within seconds, its retry back-offs shortened")
    func flakyPipelineFailsFast() async throws {
        try await withHost(scaledBy20) { _, client in
            _ = try await client.api("POST", "orchestrators/FlakyPipeline/ts-flaky")
            let failed = try await eventually("ts-flaky fails") {
                try await client.api("GET", "instances/ts-flaky").json?["runtimeStatus"] == "Failed"
            }
            #expect(failed)
            let events = try await history(of: "ts-flaky", client)
            var delays: [Double] = []
            for timer in events where timer["EventType"] == "TimerCreated" {
                let created = try #require(date(timer["Timestamp"]))
                let fireAt = try #require(date(timer["FireAt"]))
                delays.append(fireAt.timeIntervalSince(created))
            }
            #expect(delays.count == 2)
            #expect(zip(delays, [2.0 / 20, 4.0 / 20]).allSatisfy { abs($0 - $1) < 0.001 })
            let start = try #require(events.first.flatMap { date($0["Timestamp"]) })
            let end = try #require(events.last.flatMap { date($0["Timestamp"]) })
            #expect(events.last?["EventType"] == "ExecutionCompleted")
            #expect(end.timeIntervalSince(start) <= (1.5 + 3 * 1.5 + 2 + 4) / 20 + 0.001)
        }
    }

    @Test("A manual clock keeps simulated durations whatever the time scale")
    func manualClockUnscaled() async throws {
        try await withHost({ $0.timeScale = 20 }) { _, client in
            _ = try await client.api(
                "POST",
                "orchestrators/ApprovalWorkflow/ts-manual",
                body: "{\"timeoutSeconds\":60}"
            )
            let events = try await history(of: "ts-manual", client)
            let timer = try #require(events.first { $0["EventType"] == "TimerCreated" })
            let created = try #require(date(timer["Timestamp"]))
            let fireAt = try #require(date(timer["FireAt"]))
            #expect(abs(fireAt.timeIntervalSince(created) - 60) < 0.001)
        }
    }

    @Test("A pre-populated hub at time scale 20 spans the last day, ends at now and keeps realistic durations")
    func prepopulatedEndsNow() async throws {
        let began = Date()
        try await withHost({
            $0.manualClock = false
            $0.timeScale = 20
            $0.instances = 300
            $0.seed = 7
            $0.arrivalsPerMinute = 0
        }) { _, client in
            let rows = try await client.api("GET", "instances?top=1000&showInput=false").json?.arrayValue ?? []
            let now = Date()
            #expect(rows.count >= 300)
            var created: [Date] = []
            var updated: [Date] = []
            for row in rows {
                created.append(try #require(date(row["createdTime"])))
                updated.append(try #require(date(row["lastUpdatedTime"])))
            }
            #expect(created.allSatisfy { $0 >= wholeSecond(began).addingTimeInterval(-86_400) && $0 <= now })
            #expect(updated.allSatisfy { $0 <= now })
            #expect((created.min() ?? now) < now.addingTimeInterval(-12 * 3600))
            #expect((updated.max() ?? .distantPast) > now.addingTimeInterval(-3600))
            let old = rows.first { row in
                row["name"] == "HelloSequence" && row["runtimeStatus"] == "Completed"
                    && (date(row["createdTime"]) ?? now) < now.addingTimeInterval(-3600)
            }
            let id = try #require(old?["instanceId"]?.stringValue)
            let events = try await history(of: id, client)
            let start = try #require(events.first.flatMap { date($0["Timestamp"]) })
            let end = try #require(events.last.flatMap { date($0["Timestamp"]) })
            #expect(end.timeIntervalSince(start) >= 3 * 0.3)
        }
    }

    @Test("At time scale 20 background arrivals come twenty times as often, stamped with the wall clock")
    func arrivalsFollowWallClock() async throws {
        let began = Date()
        try await withHost({
            $0.manualClock = false
            $0.timeScale = 20
            $0.arrivalsPerMinute = 6
        }) { host, client in
            let arrived = try await eventually("three arrivals at one per 0.5 s", within: 10) {
                await host.instanceCount >= 3
            }
            #expect(arrived)
            let rows = try await client.api("GET", "instances?showInput=false").json?.arrayValue ?? []
            let now = Date()
            #expect(rows.count >= 3)
            for row in rows {
                let created = try #require(date(row["createdTime"]))
                #expect(created >= wholeSecond(began) && created <= now)
            }
        }
    }

    private func scaledBy20(_ configuration: inout SimulatedHost.Configuration) {
        configuration.manualClock = false
        configuration.timeScale = 20
    }

    private func history(of instanceId: String, _ client: SimClient) async throws -> [JSONValue] {
        let reply = try await client.api("GET", "instances/\(instanceId)?showHistory=true")
        return reply.json?["historyEvents"]?.arrayValue ?? []
    }

    private func date(_ value: JSONValue?) -> Date? {
        value?.stringValue.flatMap { DurableDate.parse($0) }
    }

    private func wholeSecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
