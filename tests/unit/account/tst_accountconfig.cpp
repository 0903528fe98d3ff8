#include "core/account/AccountConfig.h"

#include <gtest/gtest.h>

using namespace quire;

TEST(AccountConfig, SecurityRoundTrips)
{
    for (Security s : { Security::ImplicitTls, Security::StartTls, Security::Plaintext }) {
        Security parsed {};
        ASSERT_TRUE(securityFromString(securityToString(s), &parsed));
        EXPECT_EQ(parsed, s);
    }
}

TEST(AccountConfig, SecurityAcceptsCommonSpellings)
{
    Security s {};
    ASSERT_TRUE(securityFromString(QStringLiteral(" IMAPS "), &s));
    EXPECT_EQ(s, Security::ImplicitTls);
    ASSERT_TRUE(securityFromString(QStringLiteral("StartTLS"), &s));
    EXPECT_EQ(s, Security::StartTls);
    EXPECT_FALSE(securityFromString(QStringLiteral("maybe"), &s));
}
