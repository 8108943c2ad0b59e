export declare function rulesVersion(): string;
