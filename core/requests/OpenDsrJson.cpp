#include "OpenDsrJson.h"

#include <QSet>
#include <cmath>

namespace cd::json {

namespace {

constexpr unsigned char kBom[] = {0xEF, 0xBB, 0xBF};

bool hasBom(QByteArrayView b)
{
    return b.size() >= 3 && uchar(b[0]) == kBom[0] && uchar(b[1]) == kBom[1] && uchar(b[2]) == kBom[2];
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// Recursive descent; recursion is bounded by Limits::maxDepth.
class Parser {
public:
    Parser(QByteArrayView b, const Limits &l, Failure &f) : m_b(b), m_l(l), m_f(f) {}

    bool document(Node &out)
    {
        m_pos = hasBom(m_b) ? 3 : 0;
        skipSpace();
        if (m_pos >= m_b.size())
            return fail(m_pos, Reader::tr("the file holds no JSON value"));
        if (!value(out, 0))
            return false;
        skipSpace();
        if (m_pos < m_b.size())
            return fail(m_pos, Reader::tr("unexpected content after the end of the JSON value"));
        return true;
    }

private:
    bool fail(qsizetype at, const QString &reason)
    {
        m_f.offset = at;
        m_f.reason = reason;
        return false;
    }
    bool truncated() { return fail(m_b.size(), Reader::tr("the file ends in the middle of a value (truncated)")); }

    void skipSpace()
    {
        while (m_pos < m_b.size()) {
            const char c = m_b[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool value(Node &out, int depth)
    {
        if (m_pos >= m_b.size())
            return truncated();
        out.offset = m_pos;
        const char c = m_b[m_pos];
        switch (c) {
        case '{': return object(out, depth + 1);
        case '[': return array(out, depth + 1);
        case '"': out.kind = Node::String; return string(out.text);
        case 't': out.kind = Node::Bool; out.boolean = true; return literal("true");
        case 'f': out.kind = Node::Bool; return literal("false");
        case 'n': out.kind = Node::Null; return literal("null");
        case 'N':
        case 'I': return fail(m_pos, Reader::tr("NaN and Infinity are not JSON numbers"));
        default:
            if (c == '-' || (c >= '0' && c <= '9')) {
                out.kind = Node::Number;
                return number(out.text);
            }
            return fail(m_pos, Reader::tr("unexpected character where a value should start"));
        }
    }

    bool literal(const char *word)
    {
        const qsizetype start = m_pos;
        for (const char *p = word; *p; ++p, ++m_pos) {
            if (m_pos >= m_b.size())
                return truncated();
            if (m_b[m_pos] != *p)
                return fail(start, Reader::tr("unknown word (only true, false and null are allowed)"));
        }
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_b.size() && m_b[m_pos] >= '0' && m_b[m_pos] <= '9')
            ++m_pos;
        return m_pos > start;
    }

    bool number(QString &text)
    {
        const qsizetype start = m_pos;
        if (m_b[m_pos] == '-')
            ++m_pos;
        if (m_pos >= m_b.size())
            return truncated();
        if (m_b[m_pos] == 'I')
            return fail(start, Reader::tr("NaN and Infinity are not JSON numbers"));
        if (m_b[m_pos] == '0') {
            ++m_pos;
            if (m_pos < m_b.size() && m_b[m_pos] >= '0' && m_b[m_pos] <= '9')
                return fail(start, Reader::tr("a number may not start with 0"));
        } else if (!digits()) {
            return fail(start, Reader::tr("malformed number"));
        }
        if (m_pos < m_b.size() && m_b[m_pos] == '.') {
            ++m_pos;
            if (!digits())
                return fail(start, Reader::tr("malformed number"));
        }
        if (m_pos < m_b.size() && (m_b[m_pos] == 'e' || m_b[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_b.size() && (m_b[m_pos] == '+' || m_b[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return fail(start, Reader::tr("malformed number"));
        }
        if (m_pos - start > m_l.maxNumberChars)
            return fail(start, Reader::tr("number longer than %1 characters").arg(m_l.maxNumberChars));
        const QByteArrayView literalText = m_b.sliced(start, m_pos - start);
        bool ok = false;
        const double v = QByteArray(literalText.data(), literalText.size()).toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return fail(start, Reader::tr("number out of range"));
        text = QString::fromLatin1(literalText.data(), literalText.size());
        return true;
    }

    bool hex4(char32_t &cp)
    {
        if (m_pos + 4 > m_b.size())
            return truncated();
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_b[m_pos + i]);
            if (h < 0)
                return fail(m_pos, Reader::tr("\\u must be followed by four hex digits"));
            cp = cp * 16 + char32_t(h);
        }
        m_pos += 4;
        return true;
    }

    bool string(QString &out)
    {
        const qsizetype start = m_pos++;
        QByteArray decoded;
        while (true) {
            if (m_pos >= m_b.size())
                return truncated();
            if (decoded.size() > m_l.maxStringBytes)
                return fail(start, Reader::tr("string longer than %1 bytes").arg(m_l.maxStringBytes));
            const uchar c = uchar(m_b[m_pos]);
            if (c == '"') {
                ++m_pos;
                break;
            }
            if (c < 0x20)
                return fail(m_pos, Reader::tr("control character inside a string (it must be escaped)"));
            if (c != '\\') {
                decoded += char(c);  // the bytes were checked as UTF-8 before parsing
                ++m_pos;
                continue;
            }
            if (++m_pos >= m_b.size())
                return truncated();
            const qsizetype escapeAt = m_pos - 1;
            const char e = m_b[m_pos++];
            switch (e) {
            case '"': decoded += '"'; break;
            case '\\': decoded += '\\'; break;
            case '/': decoded += '/'; break;
            case 'b': decoded += '\b'; break;
            case 'f': decoded += '\f'; break;
            case 'n': decoded += '\n'; break;
            case 'r': decoded += '\r'; break;
            case 't': decoded += '\t'; break;
            case 'u': {
                char32_t cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return fail(escapeAt, Reader::tr("a low surrogate without a high surrogate"));
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    char32_t low = 0;
                    if (m_pos + 2 > m_b.size() || m_b[m_pos] != '\\' || m_b[m_pos + 1] != 'u')
                        return fail(escapeAt, Reader::tr("a high surrogate without a low surrogate"));
                    m_pos += 2;
                    if (!hex4(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail(escapeAt, Reader::tr("a high surrogate without a low surrogate"));
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                if (cp == 0)
                    return fail(escapeAt, Reader::tr("the NUL character is not allowed"));
                appendUtf8(decoded, cp);
                break;
            }
            default: return fail(escapeAt, Reader::tr("unknown escape sequence"));
            }
        }
        if (decoded.size() > m_l.maxStringBytes)
            return fail(start, Reader::tr("string longer than %1 bytes").arg(m_l.maxStringBytes));
        out = QString::fromUtf8(decoded);
        return true;
    }

    bool deeper(int depth)
    {
        if (depth > m_l.maxDepth)
            return fail(m_pos, Reader::tr("nesting deeper than %1 levels").arg(m_l.maxDepth));
        return true;
    }

    bool object(Node &out, int depth)
    {
        out.kind = Node::Object;
        if (!deeper(depth))
            return false;
        ++m_pos;
        QSet<QString> seen;
        skipSpace();
        if (m_pos < m_b.size() && m_b[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_b.size())
                return truncated();
            if (m_b[m_pos] != '"')
                return fail(m_pos, Reader::tr("expected a key in double quotes"));
            const qsizetype keyAt = m_pos;
            QString key;
            if (!string(key))
                return false;
            if (seen.contains(key))
                return fail(keyAt, Reader::tr("duplicate key in an object"));
            seen.insert(key);
            if (int(seen.size()) > m_l.maxMembers)
                return fail(keyAt, Reader::tr("more than %1 members in an object").arg(m_l.maxMembers));
            skipSpace();
            if (m_pos >= m_b.size())
                return truncated();
            if (m_b[m_pos] != ':')
                return fail(m_pos, Reader::tr("expected ':' after a key"));
            ++m_pos;
            skipSpace();
            Node child;
            if (!value(child, depth))
                return false;
            out.members.emplace_back(key, std::move(child));
            out.keyOffsets.push_back(keyAt);
            skipSpace();
            if (m_pos >= m_b.size())
                return truncated();
            if (m_b[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            if (m_b[m_pos] != ',')
                return fail(m_pos, Reader::tr("expected ',' or '}' in an object"));
            ++m_pos;
        }
    }

    bool array(Node &out, int depth)
    {
        out.kind = Node::Array;
        if (!deeper(depth))
            return false;
        ++m_pos;
        const int max = depth == 1 ? m_l.maxTopItems : m_l.maxMembers;
        skipSpace();
        if (m_pos < m_b.size() && m_b[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (int(out.items.size()) >= max)
                return fail(m_pos, Reader::tr("more than %1 items in an array").arg(max));
            Node child;
            if (!value(child, depth))
                return false;
            out.items.push_back(std::move(child));
            skipSpace();
            if (m_pos >= m_b.size())
                return truncated();
            if (m_b[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            if (m_b[m_pos] != ',')
                return fail(m_pos, Reader::tr("expected ',' or ']' in an array"));
            ++m_pos;
        }
    }

    QByteArrayView m_b;
    const Limits &m_l;
    Failure &m_f;
    qsizetype m_pos = 0;
};

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const char c : s.toUtf8()) {
        const uchar u = uchar(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

Node::Node() = default;

const Node *Node::member(const QString &key) const
{
    for (const auto &[k, v] : members)
        if (k == key)
            return &v;
    return nullptr;
}

qsizetype Node::keyOffset(const QString &key) const
{
    for (size_t i = 0; i < members.size(); ++i)
        if (members[i].first == key)
            return keyOffsets[i];
    return offset;
}

qsizetype Reader::invalidUtf8(QByteArrayView b, QString *reason)
{
    auto bad = [&](qsizetype at, const QString &why) {
        if (reason)
            *reason = why;
        return at;
    };
    const qsizetype n = b.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = uchar(b[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uchar lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;  // overlong
            if (c == 0xED)
                hi = 0x9F;  // UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F;  // above U+10FFFF
        } else {
            return bad(i, c == 0xFF || c == 0xFE ? tr("invalid UTF-8 (the file looks like UTF-16; save it as UTF-8)")
                                                 : tr("invalid UTF-8 start byte"));
        }
        if (i + len > n)
            return bad(i, tr("invalid UTF-8: the file ends inside a character"));
        const uchar second = uchar(b[i + 1]);
        if (second < lo || second > hi)
            return bad(i, tr("invalid UTF-8 sequence (overlong, surrogate or bad continuation byte)"));
        for (int k = 2; k < len; ++k)
            if ((uchar(b[i + k]) & 0xC0) != 0x80)
                return bad(i, tr("invalid UTF-8 sequence (overlong, surrogate or bad continuation byte)"));
        i += len;
    }
    return -1;
}

bool Reader::parse(QByteArrayView bytes, const Limits &limits, Node &out, Failure &failure)
{
    if (bytes.size() > limits.maxBytes) {
        failure = {limits.maxBytes, tr("the file is larger than %1 bytes").arg(limits.maxBytes)};
        return false;
    }
    if (bytes.isEmpty()) {
        failure = {0, tr("the file is empty")};
        return false;
    }
    QString why;
    const qsizetype bad = invalidUtf8(bytes, &why);
    if (bad >= 0) {
        failure = {bad, why};
        return false;
    }
    out = Node();
    return Parser(bytes, limits, failure).document(out);
}

std::pair<int, int> Reader::lineColumn(QByteArrayView bytes, qsizetype offset)
{
    int line = 1, column = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = hasBom(bytes) ? 3 : 0; i < end; ++i) {
        const uchar c = uchar(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

QByteArray Reader::compact(const Node &node)
{
    QByteArray out;
    switch (node.kind) {
    case Node::Null: return "null";
    case Node::Bool: return node.boolean ? "true" : "false";
    case Node::Number: return node.text.toLatin1();
    case Node::String: writeString(out, node.text); return out;
    case Node::Array:
        out += '[';
        for (size_t i = 0; i < node.items.size(); ++i) {
            if (i)
                out += ',';
            out += compact(node.items[i]);
        }
        out += ']';
        return out;
    case Node::Object:
        out += '{';
        for (size_t i = 0; i < node.members.size(); ++i) {
            if (i)
                out += ',';
            writeString(out, node.members[i].first);
            out += ':';
            out += compact(node.members[i].second);
        }
        out += '}';
        return out;
    }
    return out;
}

QString Reader::kindName(Node::Kind kind)
{
    switch (kind) {
    case Node::Null: return tr("null");
    case Node::Bool: return tr("a boolean");
    case Node::Number: return tr("a number");
    case Node::String: return tr("a string");
    case Node::Array: return tr("an array");
    case Node::Object: return tr("an object");
    }
    return {};
}

} // namespace cd::json
