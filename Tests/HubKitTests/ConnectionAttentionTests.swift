import ConfigFiles
import Testing

@testable import HubKit

@Suite("Connections file: attention table")
struct ConnectionAttentionTests {
    static func parse(_ attention: String) throws(ConfigFileError) -> Connection {
        let text = """
            [connections.prod]
            url = "https://myapp.azurewebsites.net"

            [connections.prod.attention]
            \(attention)
            """
        return try ConnectionsFile(toml: text, file: "/etc/dt/connections.toml", homeDirectory: nil)
            .connection(named: "prod")
    }

    @Test("every setting is read")
    func allSettings() throws {
        let connection = try Self.parse(
            """
            pending = "2m"
            stalled-factor = 2.5
            stalled-floor = "1h30m"
            suspended = "1d"
            burst-count = 8
            burst-span = "90s"
            """
        )
        #expect(
            connection.attention
                == AttentionThresholds(
                    pending: 120,
                    stalledFactor: 2.5,
                    stalledFloor: 5_400,
                    suspended: 86_400,
                    burstCount: 8,
                    burstSpan: 90
                )
        )
    }

    @Test("left-out settings keep the defaults; an entry without the table gets the standard thresholds")
    func defaults() throws {
        let connection = try Self.parse("stalled-factor = 4")
        var expected = AttentionThresholds.standard
        expected.stalledFactor = 4
        #expect(connection.attention == expected)
        let plain = try ConnectionsFile(toml: "[connections.a]\nurl = \"http://x\"", file: "f", homeDirectory: nil)
        #expect(try plain.connection(named: "a").attention == .standard)
    }

    @Test("bad values are refused with the key and the line")
    func badValues() {
        let cases: [(String, String)] = [
            ("pending = \"soon\"", "pending"),
            ("pending = 300", "pending"),
            ("suspended = \"0m\"", "suspended"),
            ("stalled-factor = -1", "stalled-factor"),
            ("stalled-factor = \"3\"", "stalled-factor"),
            ("burst-count = 1", "burst-count"),
            ("burst-count = 2.5", "burst-count"),
            ("burst-spam = \"10m\"", "burst-spam"),
        ]
        for (line, field) in cases {
            let error = #expect(throws: ConfigFileError.self) { try Self.parse(line) }
            #expect(error?.key == "connections.prod.attention.\(field)", "\(line)")
            #expect(error?.line == 5, "\(line)")
        }
        let duration = #expect(throws: ConfigFileError.self) { try Self.parse("pending = \"soon\"") }
        #expect(duration?.message.contains("\"1h30m\"") == true)
    }

    @Test("attention that is not a table is refused")
    func notATable() {
        let text = "[connections.prod]\nurl = \"http://x\"\nattention = \"strict\""
        #expect(throws: ConfigFileError.self) {
            try ConnectionsFile(toml: text, file: "f", homeDirectory: nil)
        }
    }
}
