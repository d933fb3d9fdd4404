import DurableAPI
import Foundation
import HubKit

extension ActionDialog {
    /// The labels of the fields, for tests and renderers that look fields up by name.
    public enum Label {
        /// The reason field.
        public static let reason = "Reason"
        /// The event name field.
        public static let eventName = "Event"
        /// The event payload field.
        public static let payload = "Payload (JSON)"
        /// The restart id choice.
        public static let restartID = "Instance id"
        /// The orchestrator name field.
        public static let orchestrator = "Orchestrator"
        /// The optional new instance id field.
        public static let instanceID = "Instance id (optional)"
        /// The start input field.
        public static let input = "Input (JSON)"
        /// The entity operation field.
        public static let operation = "Operation"
        /// The created-from field of purge by filter.
        public static let createdFrom = "Created from"
        /// The created-to field of purge by filter.
        public static let createdTo = "Created to (optional)"
        /// The statuses field of purge by filter.
        public static let statuses = "Statuses"
        /// The typed confirmation count.
        public static let count = "Type the count"
        /// The restart choice for a fresh id.
        public static let newID = "new id"
        /// The restart choice for the same id.
        public static let sameID = "same id"
    }

    /// The index of the field labelled `label`, if the dialog has one.
    public func fieldIndex(_ label: String) -> Int? {
        fields.firstIndex { $0.label == label }
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
            fields = [DialogField(label: Label.reason, kind: .text(required: false), text: operatorName)]
        case .raiseEvent:
            fields = [
                DialogField(label: Label.eventName, kind: .text(required: true)),
                DialogField(label: Label.payload, kind: .json),
            ]
        case .purge:
            fields = []
        case .restart:
            fields = [
                DialogField(label: Label.restartID, kind: .choice([Label.newID, Label.sameID]), text: Label.newID)
            ]
        case .start:
            fields = [
                DialogField(label: Label.orchestrator, kind: .text(required: true)),
                DialogField(label: Label.instanceID, kind: .text(required: false)),
                DialogField(label: Label.input, kind: .json),
            ]
        case .signalEntity:
            fields = [
                DialogField(label: Label.operation, kind: .text(required: true)),
                DialogField(label: Label.input, kind: .json),
            ]
        case .purgeByFilter:
            fields = [
                DialogField(
                    label: Label.createdFrom,
                    kind: .time(required: true),
                    text: DurableDate.format(createdFrom, style: .wholeSeconds)
                ),
                DialogField(label: Label.createdTo, kind: .time(required: false)),
                DialogField(label: Label.statuses, kind: .statuses, text: "Completed,Failed,Terminated"),
            ]
        }
        if action.scope != .hub, targetCount > 1 || action.destroysHistory {
            fields.append(DialogField(label: Label.count, kind: .count(targetCount)))
        }
        return fields
    }

    /// The value of the field labelled `label`, or an empty text.
    func value(_ label: String) -> String {
        fieldIndex(label).map { fields[$0].value } ?? ""
    }

    /// The parsed JSON of the field labelled `label`.
    func json(_ label: String) -> JSONValue? {
        fieldIndex(label).flatMap { fields[$0].json }
    }

    /// The purge filter the purge-by-filter fields describe, or `nil` while they are wrong.
    var purgeFilter: PurgeFilter? {
        guard let from = DurableDate.parse(value(Label.createdFrom)) else {
            return nil
        }
        let toText = value(Label.createdTo)
        let to = toText.isEmpty ? nil : DurableDate.parse(toText)
        if !toText.isEmpty, to == nil {
            return nil
        }
        guard let statusField = fieldIndex(Label.statuses), fields[statusField].problem == nil else {
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
            return .terminate(reason: value(Label.reason))
        case .suspend:
            return .suspend(reason: value(Label.reason))
        case .resume:
            return .resume(reason: value(Label.reason))
        case .rewind:
            return .rewind(reason: value(Label.reason))
        case .raiseEvent:
            return .raiseEvent(name: value(Label.eventName), payload: json(Label.payload) ?? .null)
        case .purge:
            return .purge
        case .restart:
            return .restart(newInstanceID: value(Label.restartID) != Label.sameID)
        case .start:
            let id = value(Label.instanceID)
            return .start(
                name: value(Label.orchestrator),
                instanceID: id.isEmpty ? nil : id,
                input: json(Label.input)
            )
        case .signalEntity:
            return .signal(operation: value(Label.operation), input: json(Label.input))
        case .purgeByFilter:
            guard case .counted(let filter, _) = dryRun, filter == purgeFilter else {
                return nil
            }
            return .purgeByFilter(filter)
        }
    }
}
