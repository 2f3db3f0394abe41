import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@dondoc/domain';

const blankAsNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class CreateUserDto {
  @Transform(lower) @IsEmail() @MaxLength(255)
  email!: string;

  @IsString() @Length(1, 255)
  name!: string;

  @IsIn(ROLES)
  role!: Role;

  @IsOptional() @Transform(blankAsNull) @IsString() @MaxLength(255)
  title?: string | null;

  @IsOptional() @IsUUID()
  unitId?: string | null;

  @IsString() @Length(10, 200)
  password!: string;
}

export class UpdateUserDto {
  @IsOptional() @IsString() @Length(1, 255)
  name?: string;

  @IsOptional() @IsIn(ROLES)
  role?: Role;

  @IsOptional() @Transform(blankAsNull) @IsString() @MaxLength(255)
  title?: string | null;

  @IsOptional() @IsUUID()
  unitId?: string | null;

  @IsOptional() @IsBoolean()
  active?: boolean;

  @IsOptional() @IsString() @Length(10, 200)
  password?: string;
}

export class UserQuery {
  @IsOptional() @IsIn(ROLES)
  role?: Role;
}
