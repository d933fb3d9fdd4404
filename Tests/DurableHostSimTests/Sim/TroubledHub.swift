import DurableAPI
import DurableHostSim
import Foundation

/// Reads a pre-populated hub the way the triage views do: every row, with ages measured from the host's clock.
struct TroubledHub {
    /// Every row of the instance list (entity instances included), inputs left out.
    let rows: [JSONValue]
    /// The host's time when the rows were read.
    let now: Date

    /// Pages through `GET /instances` of the host behind `client`.
    init(host: SimulatedHost, client: SimClient) async throws {
        var rows: [JSONValue] = []
        var token: String?
        repeat {
            let reply = try await client.api(
                "GET",
                "instances?top=1000&showInput=false",
                headers: token.map { ["x-ms-continuation-token": $0] } ?? [:]
            )
            rows += reply.json?.arrayValue ?? []
            token = reply.header("x-ms-continuation-token").flatMap { $0.isEmpty ? nil : $0 }
        } while token != nil
        self.rows = rows
        self.now = await host.now
    }

    /// The rows of orchestrator `name` (any name when `nil`) with runtime status `status`.
    func rows(_ status: String, name: String? = nil) -> [JSONValue] {
        rows.filter { $0["runtimeStatus"]?.stringValue == status && (name == nil || $0["name"]?.stringValue == name) }
    }

    /// The Running rows of orchestrator `name` with no update for more than two hours.
    func stalled(_ name: String) -> [JSONValue] {
        rows("Running", name: name).filter { hoursSince($0, "lastUpdatedTime") > 2 }
    }

    /// The Failed rows whose output contains `fragment`.
    func failures(containing fragment: String) -> [JSONValue] {
        rows("Failed").filter { $0["output"]?.stringValue?.contains(fragment) == true }
    }

    /// Hours between a row's timestamp `field` and `now`.
    func hoursSince(_ row: JSONValue, _ field: String) -> Double {
        let stamp = row[field]?.stringValue.flatMap { DurableDate.parse($0) } ?? now
        return now.timeIntervalSince(stamp) / 3600
    }

    /// The instance ID of a row.
    static func id(_ row: JSONValue?) -> String {
        row?["instanceId"]?.stringValue ?? ""
    }
}
