import ConfigFiles
import Foundation
import Testing

@testable import Dashboard
@testable import HubKit
@testable import ScreenKit

@Suite("Connections file")
struct ConnectionsFileTests {
    static let goodText = """
        # durabletop connections
        [connections.prod]
        url = "https://myapp.azurewebsites.net"
        key-file = "~/.config/durabletop/prod.key"
        read-only = true
        task-hub = "OrdersHub"

        [connections.local]
        url = "http://127.0.0.1:7071"
        key-file = "keys/local.key"
        """

    static func parse(_ text: String) throws(ConfigFileError) -> ConnectionsFile {
        try ConnectionsFile(toml: text, file: "/etc/dt/connections.toml", homeDirectory: "/home/ops")
    }

    /// The error parsing `text` throws, or `nil` when it parses.
    static func failure(_ text: String) -> ConfigFileError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("a good file gives every entry, sorted by name, with all fields")
    func goodFile() throws {
        let file = try Self.parse(Self.goodText)
        #expect(file.connections.map(\.name) == ["local", "prod"])
        let prod = try file.connection(named: "prod")
        #expect(
            prod
                == Connection(
                    name: "prod",
                    url: "https://myapp.azurewebsites.net",
                    keyFile: "/home/ops/.config/durabletop/prod.key",
                    readOnly: true,
                    taskHubs: ["OrdersHub"]
                )
        )
        let local = try file.connection(named: "local")
        #expect(local.readOnly == false)
        #expect(local.taskHubs.isEmpty)
        #expect(local.keyFile == "/etc/dt/keys/local.key")
    }

    @Test("an unknown name is refused with the known names listed")
    func unknownName() throws {
        let file = try Self.parse(Self.goodText)
        do {
            _ = try file.connection(named: "staging")
            Issue.record("an unknown name was accepted")
        } catch {
            #expect(error.description.contains("\"staging\""))
            #expect(error.description.contains("known: local, prod"))
            #expect(error.file == "/etc/dt/connections.toml")
        }
        let empty = try Self.parse("")
        do {
            _ = try empty.connection(named: "prod")
            Issue.record("an empty file has no connections")
        } catch {
            #expect(error.message.contains("defines none"))
        }
    }

    @Test("a missing file is reported with its path")
    func missingFile() {
        let path = "/nonexistent-\(UUID().uuidString)/connections.toml"
        do {
            _ = try ConnectionsFile.load(path: path, homeDirectory: nil)
            Issue.record("a missing file loaded")
        } catch {
            #expect(error.file == path)
            #expect(error.message.contains("--connections-file"))
        }
    }

    @Test("a file on disk loads")
    func loadsFromDisk() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dt-conn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("connections.toml").path
        try Self.goodText.write(toFile: path, atomically: true, encoding: .utf8)
        let file = try ConnectionsFile.load(path: path, homeDirectory: "/home/ops")
        #expect(try file.connection(named: "local").keyFile == directory.path + "/keys/local.key")
    }

    @Test(
        "a wrong type names the file, the line and the key",
        arguments: [
            ("[connections.a]\nurl = 5\n", 2, "connections.a.url"),
            ("[connections.a]\nurl = \"http://h\"\nread-only = \"yes\"\n", 3, "connections.a.read-only"),
            ("[connections.a]\nurl = \"http://h\"\n\nkey-file = 1\n", 4, "connections.a.key-file"),
            ("[connections.a]\nurl = \"http://h\"\ntask-hub = true\n", 3, "connections.a.task-hub"),
            ("[connections.a]\nurl = \"\"\n", 2, "connections.a.url"),
            ("connections = 3\n", 1, "connections"),
            ("[connections]\na = 1\n", 2, "connections.a"),
        ]
    )
    func wrongType(text: String, line: Int, key: String) {
        let error = Self.failure(text)
        #expect(error?.file == "/etc/dt/connections.toml")
        #expect(error?.line == line)
        #expect(error?.key == key)
    }

    @Test("a missing url, an unknown setting or an unknown section is refused")
    func missingAndUnknown() {
        let missingURL = Self.failure("\n[connections.a]\nread-only = true\n")
        #expect(missingURL?.line == 2)
        #expect(missingURL?.message == "missing url")
        let typo = Self.failure("[connections.a]\nurl = \"http://h\"\nreadonly = true\n")
        #expect(typo?.key == "connections.a.readonly")
        #expect(typo?.line == 3)
        let section = Self.failure("[theme]\nname = \"x\"\n")
        #expect(section?.key == "theme")
        #expect(section?.line == 1)
    }

    @Test("bad TOML reports its line")
    func badTOML() {
        let error = Self.failure("[connections.a]\nurl = \"http://h\n")
        #expect(error?.line == 2)
        #expect(error?.file == "/etc/dt/connections.toml")
    }

    @Test("a table header that cannot start a name is refused at its line (the parser underneath asserted on it)")
    func unparsableHeader() {
        let error = Self.failure("[connections.prod]\nurl = \"https://h\"\n\n[ [!prod]]\n")
        #expect(error?.line == 4)
        #expect(error?.message.hasPrefix("a table header must start with a name") == true)
    }

    @Test("a key value in the file is refused, pointing at key-file, and the value is never echoed")
    func keyRefused() {
        let error = Self.failure("[connections.prod]\nurl = \"https://h\"\nkey = \"s3cr3tKeyValue\"\n")
        #expect(error?.key == "connections.prod.key")
        #expect(error?.line == 3)
        #expect(error?.message.contains("key-file") == true)
        #expect(error?.description.contains("s3cr3tKeyValue") == false)
    }

    @Test(
        "a read-only connection stays read-only; the flag can only add read-only",
        arguments: [(false, false, false), (false, true, true), (true, false, true), (true, true, true)]
    )
    func readOnlyPrecedence(connectionReadOnly: Bool, flag: Bool, expected: Bool) {
        let connection = Connection(name: "x", url: "http://h", readOnly: connectionReadOnly)
        #expect(connection.isReadOnly(commandLineFlag: flag) == expected)
    }

    @Test("the default path follows XDG_CONFIG_HOME, else HOME")
    func defaultPath() {
        #expect(
            ConnectionsFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/xdg", "HOME": "/home/ops"])
                == "/xdg/durabletop/connections.toml"
        )
        #expect(
            ConnectionsFile.defaultPath(environment: ["HOME": "/home/ops"])
                == "/home/ops/.config/durabletop/connections.toml"
        )
        #expect(
            ConnectionsFile.defaultPath(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/ops"])
                == "/home/ops/.config/durabletop/connections.toml"
        )
        #expect(ConnectionsFile.defaultPath(environment: [:]) == nil)
    }
}
