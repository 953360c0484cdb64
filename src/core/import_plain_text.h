// Importing the clinic's old posts: plain text as scraped from the old blog
// (a `Back to Blogs` crumb, emoji-led title lines, `🧴` bullet lines, `Q1.` /
// `👉` questions, keycap summary lines, hard-wrapped short lines) turned into a
// post in our Markdown format, without losing or reordering any of its text.
// Plain strings in and out, so the browser editor can run it too.
#pragma once

#include <string>
#include <string_view>

#include "import_lines.h"
#include "post_model.h"

namespace clinic {

struct ImportedPost {
  std::string markdown;  // front matter, then the Markdown body
  PostMeta meta;         // what went into the front matter: title, author, role, clinic, lang
};

// Never fails; bytes that are not UTF-8 become U+FFFD. What it does, rule by
// rule, is in docs/post-format.md ("Importing plain text").
ImportedPost import_plain_text(std::string_view text);

namespace import {

// The importer's steps after the title: the lines classified (import_lines.h),
// the greeting and sign-off read for the byline (filling what `meta` lacks;
// then `page_author` when there is still no author), blocks grouped, Markdown
// written. Shared by the plain-text and the saved-page importers.
ImportedPost write_post(std::vector<PlainLine> lines, PostMeta meta, const std::string& page_author = {});

// A saved page's header lines the plain-text importer leaves out besides the
// vocabulary's debris: the blog's name ("맑은피부과 공식 블로그") and a date
// line ("맑은피부과 | 2026. 4. 2. 15:30", read into the front matter). Above
// the title only a `bare` date line goes ("2026. 4. 2."; "2026년 여름 휴진 안내" is a title).
bool is_blog_name(std::string_view line);
// A line the importer takes for the post's title: no greeting, short enough.
bool reads_as_title(std::string_view line);
bool is_date_line(std::string_view line, bool bare);

}  // namespace import
}  // namespace clinic
