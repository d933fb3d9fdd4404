import DurableAPI
import Foundation
import HubKit

extension ActionDialog {
    /// The two choices of the restart dialog's instance id field.
    public enum RestartChoice {
        /// Restart under a fresh instance id.
        public static let newID = "new id"
        /// Restart under the same instance id.
        public static let sameID = "same id"
    }

    /// The index of the field named `name`, if the dialog has one.
    public func fieldIndex(_ name: DialogField.Name) -> Int? {
        fields.firstIndex { $0.name == name }
    }

    /// The fields an action opens with; bulk actions and purges of instances end with the count field.
    static func initialFields(
        _ action: OperatorAction,
        targetCount: Int,
        operatorName: String,
        createdFrom: Date
    ) -> [DialogField] {
        var fields: [DialogField]
        switch action {
        case .terminate, .suspend, .resume, .rewind:
            fields = [DialogField(name: .reason, kind: .text(required: false), text: operatorName)]
        case .raiseEvent:
            fields = [
                DialogField(name: .eventName, kind: .text(required: true)),
                DialogField(name: .payload, kind: .json),
            ]
        case .purge:
            fields = []
        case .restart:
            fields = [
                DialogField(
                    name: .restartID,
                    kind: .choice([RestartChoice.newID, RestartChoice.sameID]),
                    text: RestartChoice.newID
                )
            ]
        case .start:
            fields = [
                DialogField(name: .orchestrator, kind: .text(required: true)),
                DialogField(name: .instanceID, kind: .text(required: false)),
                DialogField(name: .input, kind: .json),
            ]
        case .signalEntity:
            fields = [
                DialogField(name: .operation, kind: .text(required: true)),
                DialogField(name: .input, kind: .json),
            ]
        case .purgeByFilter:
            fields = [
                DialogField(
                    name: .createdFrom,
                    kind: .time(required: true),
                    text: DurableDate.format(createdFrom, style: .wholeSeconds)
                ),
                DialogField(name: .createdTo, kind: .time(required: false)),
                DialogField(name: .statuses, kind: .statuses, text: "Completed,Failed,Terminated"),
            ]
        }
        if action.scope != .hub, targetCount > 1 || action.destroysHistory {
            fields.append(DialogField(name: .count, kind: .count(targetCount)))
        }
        return fields
    }

    /// The value of the field named `name`, or an empty text.
    func value(_ name: DialogField.Name) -> String {
        fieldIndex(name).map { fields[$0].value } ?? ""
    }

    /// The parsed JSON of the field named `name`.
    func json(_ name: DialogField.Name) -> JSONValue? {
        fieldIndex(name).flatMap { fields[$0].json }
    }

    /// The purge filter the purge-by-filter fields describe, or `nil` while they are wrong.
    var purgeFilter: PurgeFilter? {
        guard let from = DurableDate.parse(value(.createdFrom)) else {
            return nil
        }
        let toText = value(.createdTo)
        let to = toText.isEmpty ? nil : DurableDate.parse(toText)
        if !toText.isEmpty, to == nil {
            return nil
        }
        guard let statusField = fieldIndex(.statuses), fields[statusField].problem == nil else {
            return nil
        }
        return PurgeFilter(createdFrom: from, createdTo: to, statuses: fields[statusField].statuses)
    }

    /// The request the fields describe, or `nil` while a field is wrong.
    var request: ActionRequest? {
        guard problem == nil else {
            return nil
        }
        switch action {
        case .terminate:
            return .terminate(reason: value(.reason))
        case .suspend:
            return .suspend(reason: value(.reason))
        case .resume:
            return .resume(reason: value(.reason))
        case .rewind:
            return .rewind(reason: value(.reason))
        case .raiseEvent:
            return .raiseEvent(name: value(.eventName), payload: json(.payload) ?? .null)
        case .purge:
            return .purge
        case .restart:
            return .restart(newInstanceID: value(.restartID) != RestartChoice.sameID)
        case .start:
            let id = value(.instanceID)
            return .start(
                name: value(.orchestrator),
                instanceID: id.isEmpty ? nil : id,
                input: json(.input)
            )
        case .signalEntity:
            return .signal(operation: value(.operation), input: json(.input))
        case .purgeByFilter:
            guard case .counted(let filter, _) = dryRun, filter == purgeFilter else {
                return nil
            }
            return .purgeByFilter(filter)
        }
    }
}
