package dev.lectern.archive;

import dev.lectern.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a piece of text is a person's name. Archives put names in file names and folder
 * names, and documents carry an author field that is as often "Administrator" as a person.
 */
final class PersonNames {
  private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");
  private static final Pattern LATIN_FOLDER_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[_ ]\\p{Lu}\\p{Ll}+){1,3}");
  private static final Pattern LATIN_AUTHOR = Pattern.compile("\\p{Lu}[\\p{L}'.-]*(?: \\p{L}[\\p{L}'.-]*){1,3}");

  /** Two-to-four character words that title a talk far more often than they name a person. */
  private static final Set<String> HAN_WORDS = Set.of(
      "实践", "简介", "分享", "总结", "介绍", "应用", "架构", "演讲", "讲座", "课件", "幻灯片", "最终版", "终版",
      "定稿", "修改版", "新版", "演示", "入门", "进阶", "原理", "设计", "实战", "优化", "开发", "技术", "方案",
      "指南", "概述", "解析", "探索", "未来", "实现", "框架", "分析", "微服务", "系统", "数据库", "性能", "安全",
      "测试", "部署", "运维", "监控", "网络", "存储", "编译器", "容器", "云原生", "大会", "会议", "沙龙", "完整版",
      "新浪微博", "阿里巴巴", "腾讯", "百度", "字节跳动", "蚂蚁金服", "美团", "京东", "华为", "小米", "网易");
  /**
   * Two-character surnames: a Chinese name is two or three characters, four only with one of these
   * ({@code 欧阳晓明}); any other four characters ({@code 快速指南}, "quick guide") are a phrase.
   */
  private static final Set<String> COMPOUND_SURNAMES = Set.of(
      "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "长孙", "尉迟", "公孙",
      "轩辕", "端木", "南宫", "西门", "独孤", "宇文", "申屠", "澹台", "公冶", "太史", "百里", "呼延", "万俟");
  /** Characters that make a Han segment a phrase rather than a name. */
  private static final Pattern PHRASE_CHARS = Pattern.compile("[的了和与及在是之化性版器型式法论学篇期届会讲课章节部]");

  private static final Set<String> NOT_PEOPLE = Set.of(
      "administrator", "admin", "user", "owner", "microsoft office user", "unknown", "author", "windows user",
      "windows 用户", "微软用户", "用户", "作者", "lenovo", "dell", "hp", "apple", "root", "guest", "default");

  private PersonNames() {}

  /** A Chinese personal name, optionally followed by {@code @affiliation}: {@code 连响@dotengine}. */
  static Optional<Speaker> hanName(String segment) {
    String text = segment.strip();
    String affiliation = "";
    int at = text.indexOf('@');
    if (at > 0) {
      affiliation = text.substring(at + 1).strip();
      text = text.substring(0, at).strip();
    }
    if (!HAN_NAME.matcher(text).matches() || HAN_WORDS.contains(text) || PHRASE_CHARS.matcher(text).find()
        || text.length() == 4 && !COMPOUND_SURNAMES.contains(text.substring(0, 2))) {
      return Optional.empty();
    }
    return Optional.of(new Speaker(text, affiliation));
  }

  /** A talk folder named for its speaker: {@code Broad_Zou}, {@code Chau_Yee_Cheung}. */
  static Optional<Speaker> latinFolderName(String folder) {
    return LATIN_FOLDER_NAME.matcher(folder).matches()
        ? Optional.of(new Speaker(folder.replace('_', ' '), ""))
        : Optional.empty();
  }

  /** Authors from document metadata that look like people; several may share the field. */
  static List<Speaker> fromAuthor(String author) {
    List<Speaker> people = new ArrayList<>();
    for (String part : author.split("[;；,，、/]| and | & ")) {
      String name = part.strip();
      boolean person = !NOT_PEOPLE.contains(name.toLowerCase(Locale.ROOT))
          && !name.matches(".*\\d.*") && !name.contains("@") && name.length() <= 60
          && (LATIN_AUTHOR.matcher(name).matches() || hanName(name).isPresent());
      if (person) {
        people.add(new Speaker(name, ""));
      }
    }
    return people;
  }
}
