#pragma once

// Names each data row of a parameterised gtest after its `name` field, so a
// failure says which row failed. Spaces become underscores: gtest accepts
// only letters, digits and underscores in test names.

#include <gtest/gtest.h>
#include <string>

namespace quire::testing {

struct RowName {
    template<typename Row> std::string operator()(const ::testing::TestParamInfo<Row> &info) const
    {
        std::string name = info.param.name;
        for (char &c : name) {
            if (c == ' ')
                c = '_';
        }
        return name;
    }
};

} // namespace quire::testing
