import Foundation
import TimelineEval

/// Compares a `ScoreJSON` with what `JSONSerialization` read from Python: integers and strings exactly,
/// floats to 1e-6, same keys (but for `ignoring` at the top level) and same array lengths.
enum JSONComparison {
    static func differences(_ ours: ScoreJSON, _ theirs: Any, ignoring: Set<String> = [], path: String = "") -> [String]
    {
        switch ours {
        case .null:
            return theirs is NSNull ? [] : ["\(path): ours null, theirs \(theirs)"]
        case .bool(let value):
            return (theirs as? Bool) == value ? [] : ["\(path): ours \(value), theirs \(theirs)"]
        case .int(let value):
            guard let number = number(theirs), number == Double(value) else {
                return ["\(path): ours \(value), theirs \(theirs)"]
            }
            return []
        case .double(let value):
            guard let number = number(theirs), abs(number - value) <= 1e-6 else {
                return ["\(path): ours \(value), theirs \(theirs)"]
            }
            return []
        case .string(let value):
            guard let text = theirs as? String, text.unicodeScalars.elementsEqual(value.unicodeScalars) else {
                return ["\(path): ours \(value.debugDescription), theirs \(theirs)"]
            }
            return []
        case .array(let items):
            guard let other = theirs as? [Any], other.count == items.count else {
                return ["\(path): ours \(items.count) items, theirs \((theirs as? [Any])?.count ?? -1)"]
            }
            return zip(items, other).enumerated().flatMap { index, pair in
                differences(pair.0, pair.1, path: "\(path)[\(index)]")
            }
        case .object(let pairs):
            guard let other = theirs as? [String: Any] else { return ["\(path): theirs is not an object"] }
            let ourKeys = Set(pairs.map(\.0))
            let theirKeys = Set(other.keys).subtracting(ignoring)
            var found: [String] = []
            if ourKeys != theirKeys {
                found.append("\(path): keys ours \(ourKeys.sorted()), theirs \(theirKeys.sorted())")
            }
            for (key, value) in pairs {
                if let theirValue = other[key] { found += differences(value, theirValue, path: "\(path).\(key)") }
            }
            return found
        }
    }

    private static func number(_ value: Any) -> Double? {
        if let integer = value as? Int { return Double(integer) }
        if let double = value as? Double { return double }
        return (value as? NSNumber)?.doubleValue
    }
}
