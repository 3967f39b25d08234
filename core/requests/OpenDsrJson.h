#pragma once
// A strict JSON reader for imported files (RFC 8259 with limits). It exists because
// QJsonDocument keeps the last of duplicate keys and replaces invalid UTF-8 silently; an import
// must refuse both and say where. Every node carries its byte offset. Numbers keep their text,
// so kept members are written back exactly. Never touches the database.
#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <utility>
#include <vector>

namespace cd::json {

struct Limits {
    qsizetype maxBytes = 4 * 1024 * 1024;
    int maxDepth = 8;
    qsizetype maxStringBytes = 4096;
    int maxNumberChars = 32;
    int maxMembers = 256;     // per object or array, except the top-level array
    int maxTopItems = 1000;   // items of a top-level array
};

struct Node {
    enum Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Null;
    qsizetype offset = 0;
    bool boolean = false;
    QString text;  // a string's value, or a number's literal text
    std::vector<Node> items;                        // Array
    std::vector<std::pair<QString, Node>> members;  // Object, in file order (keys are unique)
    std::vector<qsizetype> keyOffsets;              // Object: where each key starts

    // Defined out of line: clang 14 with libstdc++ 12 cannot define the implicit one while
    // std::pair<QString, Node> still needs Node complete (the fuzz build uses clang).
    Node();
    const Node *member(const QString &key) const;
    qsizetype keyOffset(const QString &key) const;
};

struct Failure {
    qsizetype offset = 0;
    QString reason;  // translated; never quotes the file's content
};

class Reader {
    Q_DECLARE_TR_FUNCTIONS(cd::json::Reader)
public:
    // Parses the whole input as one JSON value; a leading UTF-8 byte order mark is skipped.
    // Returns false and fills `failure` on the first problem.
    static bool parse(QByteArrayView bytes, const Limits &limits, Node &out, Failure &failure);
    // Line and column (characters, both from 1) of a byte offset in valid UTF-8 up to it.
    static std::pair<int, int> lineColumn(QByteArrayView bytes, qsizetype offset);
    // The first invalid UTF-8 sequence's offset and reason, or -1 when the bytes are valid.
    static qsizetype invalidUtf8(QByteArrayView bytes, QString *reason);
    // Compact JSON of a node (UTF-8; quotes, backslashes and control characters escaped).
    static QByteArray compact(const Node &node);
    static QString kindName(Node::Kind kind);
};

} // namespace cd::json
