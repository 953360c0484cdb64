// The importer on the real scraped post, ../shared/seed/milia-blog-post.txt:
// every expectation is typed from the seed's own lines.
#include "core/plain_text.h"
#include "import_test_support.h"

namespace clinic {
namespace {

using testing::Strings;

TEST(ImportSeed, FrontMatterFromTheTitleLineAndTheGreeting) {
  const ImportedPost imported = import_plain_text(testing::seed_text());
  EXPECT_EQ(imported.meta.title, "How to eliminate the bitterness of millet grains");
  EXPECT_EQ(imported.meta.author, "Kim Ha-won");
  EXPECT_EQ(imported.meta.role, "Chief Director");
  EXPECT_EQ(imported.meta.clinic, "Milia Dermatology Clinic");
  EXPECT_EQ(imported.meta.lang, "en");

  const Post post = parse_post(imported.markdown);
  EXPECT_TRUE(post.meta.has_front_matter);
  EXPECT_EQ(post.meta.title, "How to eliminate the bitterness of millet grains");
  EXPECT_EQ(post.meta.author, "Kim Ha-won");
  EXPECT_EQ(post.meta.role, "Chief Director");
  EXPECT_EQ(post.meta.lang, "en");
  EXPECT_TRUE(post.diagnostics.empty());
}

TEST(ImportSeed, TheCrumbIsDroppedAndTheTitleLeavesTheBody) {
  const std::string markdown = import_plain_text(testing::seed_text()).markdown;
  EXPECT_EQ(markdown.find("Back to Blogs"), std::string::npos);
  const size_t body = markdown.find("\n---\n") + 5;
  EXPECT_EQ(markdown.find("How to eliminate the bitterness", body), std::string::npos);
  const std::string_view greeting = "\nHello.\nThis is Chief Director Kim Ha-won.\n\n";
  EXPECT_EQ(markdown.substr(body, greeting.size()), greeting);
}

TEST(ImportSeed, SectionTitlesBecomeHeadings) {
  const PostOutline o = testing::imported_outline(testing::seed_text());
  EXPECT_EQ(testing::headings(o), (Strings{
                                      "💡 What are milia?",
                                      "❓ Why do milia occur?",
                                      "💆♀️ How to treat milia?",  // the seed lost the ZWJ; kept as it is
                                      "🧴 Prevention of milia",
                                      "💡 Key points when choosing a milia dermatology clinic",
                                      "💬 Q&A",
                                      "📌 Today's Summary",
                                  }));
  const std::string markdown = import_plain_text(testing::seed_text()).markdown;
  EXPECT_NE(markdown.find("\n## 💡 What are milia?\n"), std::string::npos);
  EXPECT_NE(markdown.find("\n## 💬 Q&A\n"), std::string::npos);
}

TEST(ImportSeed, FiveQuestionsWithTheirAnswers) {
  const PostOutline o = testing::imported_outline(testing::seed_text());
  EXPECT_EQ(testing::questions(o), (Strings{
                                       "How many treatments are needed?",
                                       "Will scars be left where the milia disappeared?",
                                       "Can I wash my face or wear makeup immediately after the procedure?",
                                       "How can I prevent recurrence?",
                                       "How do I differentiate between milia and sebaceous cysts?",
                                   }));
  EXPECT_EQ(testing::answers(o),
            (Strings{
                "Usually, one treatment is sufficient for removal, but in cases of recurrence or multiple lesions, "
                "it may require 2-3 sessions.",
                "Since micro-lasers only open the epidermis, scarring is minimal. However, you must use sunscreen "
                "after treatment to prevent pigmentation.",
                "Light washing and makeup are possible from the next day after the procedure. However, do not rub "
                "areas with scabs, and let them fall off naturally.",
                "By ensuring thorough cleansing, coupled with exfoliation and moisturizing, you can reduce the "
                "recurrence rate. If your skin is dry or overly oily, it's also good to incorporate regular care.",
                "Milia are small, white, firm granules, while sebaceous cysts are flesh-colored or slightly reddish "
                "and have a spreading appearance. However, it is difficult to distinguish them visually, so a "
                "professional dermatological diagnosis is the most accurate.",
            }));
}

TEST(ImportSeed, QuestionsAreWrittenInTheQaFormat) {
  const std::string markdown = import_plain_text(testing::seed_text()).markdown;
  EXPECT_NE(markdown.find("\n**Q1. How many treatments are needed?**\n👉 Usually, one treatment is sufficient for "
                          "removal, but in cases of recurrence or multiple lesions, it may require 2-3 sessions.\n\n"
                          "**Q2. Will scars be left where the milia disappeared?**\n"),
            std::string::npos);
}

TEST(ImportSeed, FiveSummaryCards) {
  const PostOutline o = testing::imported_outline(testing::seed_text());
  EXPECT_EQ(o.summary, (Strings{
                           "Milia are small, firm, benign skin lesions.",
                           "They are caused by the buildup of sebum and keratin.",
                           "They can be safely removed with CO2 laser and other methods.",
                           "Accurate diagnosis and choosing a skilled milia dermatologist is key.",
                           "Improving lifestyle habits can help prevent recurrence.",
                       }));
}

TEST(ImportSeed, PreventionLinesBecomeAList) {
  const Post post = testing::imported_post(testing::seed_text());
  const std::string markdown = import_plain_text(testing::seed_text()).markdown;
  EXPECT_NE(markdown.find("\n- 🧴 Thorough cleansing twice a day\n- 🧴 Thorough cleansing after makeup\n"
                          "- 🧴 Using gentle exfoliants 1-2 times a week\n"
                          "- 🧴 Consistent moisturizing to strengthen the skin barrier\n\n"
                          "If the skin is dry, keratin builds up and sebum production increases,"),
            std::string::npos);
  // In the model: one list of four items in the prevention section, its emoji the bullet.
  uint32_t section = 0;
  for (uint32_t i = 0; i < post.nodes.size(); ++i) {
    if (post.nodes[i].kind == NodeKind::Section && plain_text(post, i + 1) == "🧴 Prevention of milia") section = i;
  }
  ASSERT_NE(section, 0u);
  uint32_t list = 0;
  for (uint32_t i = section + 1; i < post.nodes[section].end && !list; ++i) {
    if (post.nodes[i].kind == NodeKind::List) list = i;
  }
  ASSERT_NE(list, 0u);
  EXPECT_EQ(post.str(post.nodes[list].text), "🧴");
  Strings items;
  for (uint32_t c = list + 1; c < post.nodes[list].end; c = post.nodes[c].end) items.push_back(plain_text(post, c));
  EXPECT_EQ(items, (Strings{"Thorough cleansing twice a day", "Thorough cleansing after makeup",
                            "Using gentle exfoliants 1-2 times a week",
                            "Consistent moisturizing to strengthen the skin barrier"}));
}

TEST(ImportSeed, HardWrappedLinesAreRejoinedIntoSentences) {
  const std::string markdown = import_plain_text(testing::seed_text()).markdown;
  EXPECT_NE(markdown.find("\nThese days, many people are troubled by the small, bumpy kernels that appear on their "
                          "faces.\nAt first, you might think it's acne, but they don't pop, and they just settle in "
                          "like small spots.\n"),
            std::string::npos);
  EXPECT_NE(markdown.find("\nThe most common method is CO2 laser treatment.\n"), std::string::npos);
}

TEST(ImportSeed, GreetingAndSignOffAreParagraphsOfTheirOwn) {
  const std::string markdown = import_plain_text(testing::seed_text()).markdown;
  EXPECT_NE(markdown.find("\n\nHello.\nThis is Chief Director Kim Ha-won.\n\nThese days,"), std::string::npos);
  EXPECT_TRUE(markdown.ends_with(
      "you can regain clear skin.\n\nThank you for reading.\nThis has been Kim Ha-won from the milia dermatology "
      "clinic.\n"));
}

TEST(ImportSeed, ImportingTheImportedTextAgainChangesNothingTheReaderSees) {
  // The imported post, read again, gives the same outline as the seed itself
  // read as a pasted post: the importer agrees with structure recognition.
  const PostOutline pasted = outline_of(parse_post(testing::seed_text()));
  const PostOutline imported = testing::imported_outline(testing::seed_text());
  EXPECT_EQ(testing::questions(imported), testing::questions(pasted));
  EXPECT_EQ(testing::answers(imported), testing::answers(pasted));
  EXPECT_EQ(imported.summary, pasted.summary);
  EXPECT_EQ(testing::headings(imported), testing::headings(pasted));
}

}  // namespace
}  // namespace clinic
