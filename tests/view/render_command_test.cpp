// `clinic-reader render` end to end: the binary, its options, its PNG and its
// exit status.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "platform/native/png_file.h"
#include "view_test_support.h"

namespace clinic {
namespace {

struct CommandRun {
  int status = -1;
  std::string out, err;
};

// A file of this test process's own: ctest runs these tests in parallel (and
// two builds' test runs may share the temporary folder); shared names made
// one test read another's output now and then.
std::string temp_path(const std::string& name) {
  return testing::TempDir() + "/clinic-reader-" + std::to_string(getpid()) + "-" + name;
}

// Runs clinic-reader with `args` (shell words), capturing its output.
CommandRun run(const std::string& args) {
  const std::string out = temp_path("render_out.txt"), err = temp_path("render_err.txt");
  const std::string command = std::string("'") + CLINIC_READER_BIN + "' " + args + " >'" + out + "' 2>'" + err + "'";
  const int raw = std::system(command.c_str());
  CommandRun r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = view_test::read_file(out);
  r.err = view_test::read_file(err);
  return r;
}

std::string write_post(const std::string& name, const std::string& text) {
  const std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

const std::string kSample = std::string(CLINIC_READER_SOURCE_DIR) + "/assets/posts/milia.en.md";

TEST(RenderCommand, WritesAPngOfTheWholePost) {
  const std::string png = temp_path("render_cli.png");
  const CommandRun closed = run("render --width 800 --scale 1 --theme light -o '" + png + "' '" + kSample + "'");
  ASSERT_EQ(closed.status, 0) << closed.err;
  native::Image image;
  std::string error;
  ASSERT_TRUE(native::read_png(png, image, error)) << error;
  EXPECT_EQ(image.width, 800);
  EXPECT_GT(image.height, 2000);

  const CommandRun open = run("render --width 800 --scale 2 --theme dark --open 1,3 -o '" + png + "' '" + kSample + "'");
  ASSERT_EQ(open.status, 0) << open.err;
  native::Image taller;
  ASSERT_TRUE(native::read_png(png, taller, error)) << error;
  EXPECT_EQ(taller.width, 1600);
  EXPECT_GT(taller.height, 2 * image.height) << "two answers open";
  EXPECT_LT(taller.pixel(2, 2)[0], 64) << "dark theme";
}

TEST(RenderCommand, RejectsWhatItCannotDraw) {
  const std::string png = temp_path("render_bad.png");
  EXPECT_NE(run("render --open 9 -o '" + png + "' '" + kSample + "'").status, 0);
  EXPECT_NE(run("render --open two -o '" + png + "' '" + kSample + "'").status, 0);
  EXPECT_NE(run("render --theme neon -o '" + png + "' '" + kSample + "'").status, 0);
  EXPECT_NE(run("render --width -5 -o '" + png + "' '" + kSample + "'").status, 0);
  const CommandRun nothing = run("render '" + kSample + "'");
  EXPECT_NE(nothing.status, 0);
  EXPECT_NE(nothing.err.find("-o"), std::string::npos) << nothing.err;
  const CommandRun no_fonts = run("render --fonts /nonexistent -o '" + png + "' '" + kSample + "'");
  EXPECT_NE(no_fonts.status, 0);
  EXPECT_NE(no_fonts.err.find("fonts.txt"), std::string::npos) << no_fonts.err;
}

TEST(RenderCommand, CheckGlyphsPassesWhenEveryCharacterHasOne) {
  const std::string post = write_post("glyphs_ok.md", "---\ntitle: 비립종\nlang: ko\n---\n\n작은 알갱이, small bumps (1mm).\n");
  const CommandRun r = run("render --check-glyphs '" + post + "'");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(RenderCommand, CheckGlyphsListsWhatNoFontHasAndFails) {
  const std::string post = write_post("glyphs_missing.md", "# Title\n\nSamaritan \xE0\xA0\x80 and private \xEE\x80\x80.\n");
  const std::string png = temp_path("render_glyphs.png");
  const CommandRun r = run("render --check-glyphs -o '" + png + "' '" + post + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("U+0800"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("U+E000"), std::string::npos) << r.out;
  native::Image image;
  std::string error;
  EXPECT_TRUE(native::read_png(png, image, error)) << "the image is written all the same: " << error;
}

}  // namespace
}  // namespace clinic
