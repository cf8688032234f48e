#pragma once

#include <cstring>

namespace uo {

// Fixed-size values out of a byte range, never past its end: what the geometry decoders read with.
class ByteReader
{
public:
    ByteReader(const char *data, int size) : m_data(data), m_size(size) {}

    bool take(void *out, int n)
    {
        if (n > m_size - m_pos)
            return false;
        std::memcpy(out, m_data + m_pos, size_t(n));
        m_pos += n;
        return true;
    }
    int remaining() const { return m_size - m_pos; }
    bool atEnd() const { return m_pos == m_size; }

private:
    const char *m_data;
    int m_size;
    int m_pos = 0;
};

} // namespace uo
