package dev.retort.jpa.hibernate.blog;


public enum PostStatus { DRAFT, PUBLISHED, ARCHIVED }
